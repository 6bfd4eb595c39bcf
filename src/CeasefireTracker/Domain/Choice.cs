namespace CeasefireTracker.Domain;

/// <summary>A record offered for choosing (a filter's side, a dialog's party, the overview's conflict): its id and the name it is shown by.</summary>
public sealed record Choice(int Id, string Name);
