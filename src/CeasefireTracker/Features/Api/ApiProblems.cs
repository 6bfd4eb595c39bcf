using Microsoft.AspNetCore.Mvc;

namespace CeasefireTracker.Features.Api;

/// <summary>RFC 7807 problem details, written the same way wherever the API answers with an error.</summary>
public static class ApiProblems
{
    public static Task WriteAsync(HttpContext context, int status, string title, string detail)
    {
        if (context.Response.HasStarted) return Task.CompletedTask;
        context.Response.StatusCode = status;
        return context.Response.WriteAsJsonAsync(new ProblemDetails { Status = status, Title = title, Detail = detail },
            options: null, contentType: "application/problem+json");
    }

    public static IResult Problem(int status, string title, string detail, IDictionary<string, object?>? extensions = null) =>
        Results.Problem(statusCode: status, title: title, detail: detail, extensions: extensions);

    public static IResult BadRequest(string detail) => Problem(StatusCodes.Status400BadRequest, "The request cannot be read", detail);

    /// <summary>A 400 naming each field and the rule it breaks (<c>errors: { "bestEstimate": ["..."] }</c>).</summary>
    public static IResult Invalid(IReadOnlyDictionary<string, IReadOnlyList<string>> errors, string title = "The record is not valid") =>
        Results.ValidationProblem(errors.ToDictionary(e => e.Key, e => e.Value.ToArray()), title: title,
            detail: string.Join(" ", errors.SelectMany(e => e.Value)));
}
