using System.Globalization;
using System.Text;

namespace CeasefireTracker.Domain;

/// <summary>
/// What readers see for a coded value: never the code (<c>CeasefireInForce</c>, <c>ArmedForces</c>, <c>AtLeast</c>).
/// One rule for every enum (its words, in sentence case), and the few names the rule cannot make.
/// </summary>
public static class DisplayNames
{
    private static readonly Dictionary<Enum, string> Named = new()
    {
        [CasualtyCategory.Unknown] = "Category not stated",
        [FigureQualifier.Undisclosed] = "Not disclosed",
        [FigureQualifier.Exact] = "Exact figure",
        [FigureQualifier.Many] = "Many (no number)",
        [SideKind.Single] = "One side",
        [SideKind.Combined] = "All sides together",
        [CasualtyKind.Losses] = "Losses (killed and wounded)",
        [PartyKind.InternationalGroup] = "International group",
        [TimeZoneBasis.Stated] = "stated",
        [TimeZoneBasis.Implied] = "implied",
    };

    /// <summary>"Ceasefire in force" for <c>CeasefireInForce</c>.</summary>
    /// <remarks>A number no member names (a bad import, a hand-edited row) reads "unknown (99)", visibly, never throws.</remarks>
    public static string Display(this Enum value) =>
        Named.TryGetValue(value, out var name) ? name
        : Enum.IsDefined(value.GetType(), value) ? Words(value.ToString())
        : $"unknown ({Convert.ToInt64(value, CultureInfo.InvariantCulture)})";

    /// <summary>"Casualty report" for <c>CasualtyReport</c>: a code's words in sentence case.</summary>
    public static string Words(string code)
    {
        var words = new StringBuilder(code.Length + 4);
        for (var i = 0; i < code.Length; i++)
        {
            var c = code[i];
            if (i > 0 && char.IsUpper(c))
            {
                words.Append(' ');
                c = char.ToLower(c, CultureInfo.InvariantCulture);
            }

            words.Append(c);
        }

        return words.ToString();
    }
}

/// <summary>How a casualty figure reads in a sentence: "19 civilians killed", "about 400 killed, category not stated".</summary>
public static class CasualtyWording
{
    public static string Describe(string figure, CasualtyKind kind, CasualtyCategory category)
    {
        var what = kind == CasualtyKind.Losses ? "losses" : kind.Display().ToLowerInvariant();
        return category switch
        {
            CasualtyCategory.Civilian => kind == CasualtyKind.Losses ? $"{figure} civilian losses" : $"{figure} civilians {what}",
            CasualtyCategory.Military => kind == CasualtyKind.Losses ? $"{figure} military losses" : $"{figure} military {what}",
            _ => $"{figure} {what}, category not stated",
        };
    }
}
