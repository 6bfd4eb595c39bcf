using MudBlazor;

namespace CeasefireTracker.Features.Editing;

/// <summary>Opens the edit and delete dialogs, for the manage lists and the reader pages' analyst controls alike.</summary>
public static class RecordEditing
{
    private static readonly DialogOptions Wide = new() { MaxWidth = MaxWidth.Medium, FullWidth = true, CloseOnEscapeKey = true };

    /// <summary>Opens the edit dialog (a new record when <paramref name="id"/> is null); true when something was saved.</summary>
    public static async Task<bool> EditAsync(this IDialogService dialogs, RecordKind kind, int? id = null)
    {
        var dialog = await dialogs.ShowAsync<EditRecordDialog>(id is null ? $"New {kind.Singular}" : $"Edit {kind.Singular}",
            new DialogParameters<EditRecordDialog> { { d => d.Kind, kind }, { d => d.Id, id } }, Wide);
        var result = await dialog.Result;
        return result is { Canceled: false };
    }

    public static async Task<bool> DeleteAsync(this IDialogService dialogs, RecordKind kind, int id, Guid version)
    {
        var dialog = await dialogs.ShowAsync<DeleteRecordDialog>($"Delete {kind.Singular}",
            new DialogParameters<DeleteRecordDialog> { { d => d.Kind, kind }, { d => d.Id, id }, { d => d.Version, version } }, Wide);
        var result = await dialog.Result;
        return result is { Canceled: false };
    }

    public static Task<bool> EditAsync<T>(this IDialogService dialogs, int? id = null) where T : Entity =>
        dialogs.EditAsync(RecordKind.Of(typeof(T)), id);
}
