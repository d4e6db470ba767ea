using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;

namespace Mizan.Cli.Commands;

/// <summary>
/// Rules an option's value must keep, checked while the command line is parsed: a value that breaks one is a usage
/// error (exit code 2) naming the option and the value, before anything is read, opened or created.
/// </summary>
internal static class OptionRules
{
    /// <summary>A count of 1 or more: a number of hits, items, rounds, clients or seconds.</summary>
    public static Option<int> Positive(this Option<int> option) => option.Rule(v => v > 0, "a whole number of 1 or more");

    /// <summary>A count of 0 or more, where the option says what 0 means (all, or none shown).</summary>
    public static Option<int> NotNegative(this Option<int> option) => option.Rule(v => v >= 0, "a whole number of 0 or more");

    /// <summary>A date written yyyy-MM-dd, or with <paramref name="list"/> several separated by commas.</summary>
    public static Option<string?> Dates(this Option<string?> option, bool list = false)
    {
        ArgumentNullException.ThrowIfNull(option);
        option.Validators.Add(result =>
        {
            foreach (var value in Values(result))
            {
                var days = list ? value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) : [value];
                if (!days.All(d => DateOnly.TryParseExact(d, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)))
                {
                    result.AddError($"{option.Name} takes {(list ? "dates" : "a date")} written yyyy-MM-dd{(list ? ", separated by commas" : string.Empty)}, not '{value}'.");
                }
            }
        });
        return option;
    }

    private static Option<int> Rule(this Option<int> option, Func<int, bool> holds, string what)
    {
        ArgumentNullException.ThrowIfNull(option);
        option.Validators.Add(result =>
        {
            // A value that is not a whole number at all is reported by the parser itself.
            foreach (var value in Values(result))
            {
                if (int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) && !holds(number))
                {
                    result.AddError($"{option.Name} takes {what}, not '{value}'.");
                }
            }
        });
        return option;
    }

    /// <summary>The values written on the command line (none when the default applies).</summary>
    private static IEnumerable<string> Values(OptionResult result) => result.Tokens.Select(t => t.Value);
}
