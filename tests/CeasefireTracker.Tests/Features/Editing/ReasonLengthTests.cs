namespace CeasefireTracker.Tests.Features.Editing;

/// <summary>
/// A reason is kept whole or refused with a message, never cut: each way the editor writes refuses a reason over
/// <see cref="RecordEditor.ReasonMaxLength"/> characters and stores one of that length in full.
/// </summary>
public sealed class ReasonLengthTests : EditorTestBase
{
    private static readonly string TooLong = new('r', RecordEditor.ReasonMaxLength + 1);

    private static readonly string Longest = new('k', RecordEditor.ReasonMaxLength);

    private async Task<Conflict> StoredConflictAsync()
    {
        await using var db = Database.CreateContext();
        return await db.Conflicts.AsNoTracking().OrderBy(c => c.Id).FirstAsync();
    }

    public static TheoryData<string> Operations => new() { "create", "update", "delete", "restore", "revert", "apply", "undo" };

    private async Task<(bool Refused, string Message)> RunAsync(string operation, string reason)
    {
        var editor = Editor;
        var conflict = await StoredConflictAsync();
        switch (operation)
        {
            case "create":
            {
                var result = await editor.CreateAsync(new Conflict { Name = "Reason test" }, reason);
                return (!result.Succeeded, string.Join(" ", result.AllMessages));
            }
            case "update":
            {
                conflict.Region = "Changed for the reason test";
                var result = await editor.UpdateAsync(conflict, reason);
                return (!result.Succeeded, string.Join(" ", result.AllMessages));
            }
            case "delete":
            {
                var created = (await editor.CreateAsync(new Conflict { Name = "To delete" })).Record!;
                var result = await editor.DeleteAsync(typeof(Conflict), created.Id, created.Version, reason);
                return (!result.Succeeded, string.Join(" ", result.AllMessages));
            }
            case "restore":
            {
                var created = (await editor.CreateAsync(new Conflict { Name = "To restore" })).Record!;
                var deleted = await editor.DeleteAsync(typeof(Conflict), created.Id, created.Version);
                Assert.True(deleted.Succeeded);
                var result = await editor.RestoreAsync(typeof(Conflict), created.Id, reason);
                return (!result.Succeeded, string.Join(" ", result.AllMessages));
            }
            case "revert":
            {
                var created = (await editor.CreateAsync(new Conflict { Name = "To revert" })).Record!;
                var changed = (Conflict)created;
                changed.Region = "Somewhere";
                var updated = (await editor.UpdateAsync(changed)).Record!;
                await using var db = Database.CreateContext();
                var change = await db.AuditEntries.Where(a => a.EntityType == nameof(Conflict) && a.EntityId == created.Id)
                    .OrderByDescending(a => a.Id).FirstAsync();
                var result = await editor.RevertAsync(change.Id, updated.Version, reason, toBefore: true);
                return (!result.Succeeded, string.Join(" ", result.AllMessages));
            }
            case "apply":
            {
                var result = await editor.ApplyAsync([new RecordWrite(new Conflict { Name = "Applied" }, AuditAction.Create)], reason);
                return (!result.Succeeded, result.Message ?? "");
            }
            default:
            {
                var applied = await editor.ApplyAsync([new RecordWrite(new Conflict { Name = "To undo" }, AuditAction.Create)], "first");
                Assert.True(applied.Succeeded);
                var result = await editor.UndoOperationAsync(applied.OperationId!.Value, reason);
                return (!result.Succeeded, result.Message ?? "");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task AReasonOverTheLimitIsRefusedWithAMessage(string operation)
    {
        var (refused, message) = await RunAsync(operation, TooLong);

        Assert.True(refused);
        Assert.Contains("reason is too long", message);
    }

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task AReasonOfTheLongestLengthIsStoredWholeOrRefusedWithAMessage(string operation)
    {
        var (refused, message) = await RunAsync(operation, Longest);

        await using var db = Database.CreateContext();
        var reasons = await db.AuditEntries.Where(a => a.Reason != null && a.Reason.Contains("kkkk")).Select(a => a.Reason!).ToListAsync();
        if (refused) Assert.Contains("reason is too long", message);
        else Assert.All(reasons, r => Assert.True(r.Contains(Longest) && r.Length <= RecordEditor.ReasonMaxLength,
            $"A stored reason of {r.Length} characters does not fit the column of {RecordEditor.ReasonMaxLength}."));
        Assert.True(refused || reasons.Count > 0);
    }
}
