using CeasefireTracker.Features.Editing;

namespace CeasefireTracker.Features.Api;

/// <summary>The reader's page of a record, where it has one: the link a journalist cites.</summary>
public static class RecordPages
{
    public static string? PathOf(RecordKind kind, int id) => kind.Slug switch
    {
        "casualty-reports" => $"casualties/{id}",
        "events" => $"events/{id}",
        "statements" => $"statements/{id}",
        "ceasefires" => $"ceasefires/{id}",
        "parties" => $"parties/{id}",
        "sources" => $"sources/{id}",
        _ => null,
    };
}
