using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace Mizan.Web;

/// <summary>
/// Query-string values read by hand, so a malformed one gets a problem naming the parameter and the rule rather
/// than the framework's bare binding failure.
/// </summary>
internal sealed class QueryValues
{
    /// <summary>Items on a page unless asked: a screenful of stories.</summary>
    public const int DefaultPageSize = 20;

    /// <summary>Items on a page at most: a page of briefs' summaries stays a few hundred kilobytes.</summary>
    public const int MaxPageSize = 100;

    private readonly Dictionary<string, string[]> errors = new(StringComparer.Ordinal);

    public bool Valid => errors.Count == 0;

    public IDictionary<string, string[]> Errors => errors;

    /// <summary>The paging values (page from 1), with the defaults when absent.</summary>
    public (int Page, int Size) Paging(string? page, string? pageSize) =>
        (Integer("page", page, 1, 1, int.MaxValue), Integer("pageSize", pageSize, DefaultPageSize, 1, MaxPageSize));

    /// <summary>A whole number in [min, max], or the default when absent.</summary>
    public int Integer(string name, string? value, int fallback, int min, int max)
    {
        if (value is null)
        {
            return fallback;
        }

        if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number < min || number > max)
        {
            errors[name] = [$"'{name}' must be a whole number from {min} to {max}."];
            return fallback;
        }

        return number;
    }

    /// <summary>A date written yyyy-MM-dd, or null when absent.</summary>
    public DateOnly? Date(string name, string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        if (!DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            errors[name] = [$"'{name}' must be a date written yyyy-MM-dd."];
            return null;
        }

        return date;
    }

    /// <summary>Both dates of a range, the first not after the second.</summary>
    public (DateOnly? From, DateOnly? To) Range(string? from, string? to)
    {
        var (start, end) = (Date("from", from), Date("to", to));
        if (start > end)
        {
            errors["to"] = ["'to' must not be before 'from'."];
        }

        return (start, end);
    }

    /// <summary>The given text, which must not be empty.</summary>
    public string Required(string name, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors[name] = [$"'{name}' is required."];
            return string.Empty;
        }

        return value;
    }

    public IResult Problem() => Results.ValidationProblem(errors, title: "The request's parameters are not valid.");

    public static Page<T> PageOf<T>(IReadOnlyList<T> all, (int Page, int Size) paging)
    {
        ArgumentNullException.ThrowIfNull(all);
        var skip = (long)(paging.Page - 1) * paging.Size;
        var items = skip >= all.Count ? [] : all.Skip((int)skip).Take(paging.Size).ToList();
        return new Page<T>(paging.Page, paging.Size, all.Count, items);
    }

    public static IResult NotFound(string what) => Results.Problem(detail: what, statusCode: StatusCodes.Status404NotFound, title: "Not found.");
}
