using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Components;

namespace CeasefireTracker.TestSupport;

/// <summary>
/// The app's routable pages, read from their <c>[Route]</c> attributes, for tests that try every page: a new page is
/// covered without a new test. Such a test also calls <see cref="Enumerated.Covers{T}"/>, so a broken enumeration fails.
/// </summary>
public static partial class AppRoutes
{
    public static IReadOnlyList<Type> Pages { get; } = typeof(Program).Assembly.GetTypes()
        .Where(t => typeof(IComponent).IsAssignableFrom(t) && t.GetCustomAttributes<RouteAttribute>().Any())
        .ToList();

    /// <summary>The route templates of <paramref name="pages"/> (every page by default), distinct and sorted.</summary>
    public static IReadOnlyList<string> Templates(Func<Type, bool>? pages = null) => Pages.Where(pages ?? (_ => true))
        .SelectMany(t => t.GetCustomAttributes<RouteAttribute>()).Select(r => r.Template).Distinct().Order(StringComparer.Ordinal).ToList();

    /// <summary>The template with each parameter (<c>{Slug}</c>, <c>{Id:int}</c>) replaced by <paramref name="value"/> of its name.</summary>
    public static string Fill(string template, Func<string, string> value) => RouteParameter().Replace(template, m => value(m.Groups[1].Value));

    [GeneratedRegex("\\{([A-Za-z]+)(:[a-z]+)?\\}")]
    private static partial Regex RouteParameter();
}
