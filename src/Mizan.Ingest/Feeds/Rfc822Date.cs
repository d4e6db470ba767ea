using System.Globalization;

namespace Mizan.Ingest.Feeds;

/// <summary>Dates in the RFC 822 form RSS uses (as updated by RFC 2822/5322), e.g. "Thu, 09 Dec 2021 14:30:00 +0300".</summary>
internal static class Rfc822Date
{
    private static readonly string[] Months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    private static readonly string[] FullMonths =
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    /// <summary>
    /// The date as ISO 8601 with its own offset ("2021-12-09T14:30:00+03:00"), or null when it is not an RFC 822 date
    /// with a known zone. The weekday, when given, is not checked: feeds often get it wrong while the date is right.
    /// </summary>
    public static string? ToIso8601(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var text = value.Trim();
        var comma = text.IndexOf(',', StringComparison.Ordinal);
        if (comma >= 0)
        {
            text = text[(comma + 1)..];
        }

        // A trailing comment such as "(UTC)" or "(EET)" only restates the zone.
        var comment = text.IndexOf('(', StringComparison.Ordinal);
        if (comment >= 0)
        {
            text = text[..comment];
        }

        var parts = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != 5
            || !TryNumber(parts[0], 1, 2, out var day)
            || MonthNumber(parts[1]) is not { } month
            || !TryYear(parts[2], out var year)
            || !TryTime(parts[3], out var hour, out var minute, out var second)
            || ZoneOffset(parts[4]) is not { } offset)
        {
            return null;
        }

        if (day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return null;
        }

        return new DateTimeOffset(year, month, day, hour, minute, second, offset)
            .ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture);
    }

    private static int? MonthNumber(string token)
    {
        var lower = token.TrimEnd('.').ToLowerInvariant();
        for (var i = 0; i < Months.Length; i++)
        {
            // "Sept" is a common abbreviation besides the three-letter one.
            if (lower == Months[i] || lower == FullMonths[i] || (i == 8 && lower == "sept"))
            {
                return i + 1;
            }
        }

        return null;
    }

    /// <summary>
    /// Four-digit years, or two-digit ones read as RFC 2822 §4.3 says: 00–49 are 2000–2049, 50–99 are 1950–1999.
    /// Years before 1000 or after 9998 are no news dates, and refusing them keeps any zone offset inside the range
    /// DateTimeOffset can hold.
    /// </summary>
    private static bool TryYear(string token, out int year)
    {
        if (token.Length == 4 && TryNumber(token, 4, 4, out year))
        {
            return year is >= 1000 and <= 9998;
        }

        if (TryNumber(token, 2, 2, out year))
        {
            year += year < 50 ? 2000 : 1900;
            return true;
        }

        return false;
    }

    /// <summary>"HH:mm" or "HH:mm:ss"; a leap second (60) cannot be represented and is refused.</summary>
    private static bool TryTime(string token, out int hour, out int minute, out int second)
    {
        (hour, minute, second) = (0, 0, 0);
        var fields = token.Split(':');
        return fields.Length is 2 or 3
            && TryNumber(fields[0], 1, 2, out hour) && hour <= 23
            && TryNumber(fields[1], 2, 2, out minute) && minute <= 59
            && (fields.Length == 2 || (TryNumber(fields[2], 2, 2, out second) && second <= 59));
    }

    /// <summary>
    /// A numeric zone ("+0300", also the common "+03:00") or a named one from RFC 822 §5.1. Military single letters
    /// are left unknown: RFC 2822 §4.3 notes they were defined with the wrong sign and says to read them as -0000.
    /// </summary>
    private static TimeSpan? ZoneOffset(string token)
    {
        switch (token.ToUpperInvariant())
        {
            case "UT" or "UTC" or "GMT" or "Z":
                return TimeSpan.Zero;
            case "EDT":
                return TimeSpan.FromHours(-4);
            case "EST" or "CDT":
                return TimeSpan.FromHours(-5);
            case "CST" or "MDT":
                return TimeSpan.FromHours(-6);
            case "MST" or "PDT":
                return TimeSpan.FromHours(-7);
            case "PST":
                return TimeSpan.FromHours(-8);
        }

        var digits = token.Replace(":", string.Empty, StringComparison.Ordinal);
        if (digits.Length != 5 || (digits[0] != '+' && digits[0] != '-')
            || !TryNumber(digits[1..3], 2, 2, out var hours) || !TryNumber(digits[3..], 2, 2, out var minutes)
            || minutes > 59)
        {
            return null;
        }

        // DateTimeOffset takes offsets up to 14 hours, which is also the largest any zone in use has (UTC+14).
        var offset = new TimeSpan(hours, minutes, 0);
        if (offset > TimeSpan.FromHours(14))
        {
            return null;
        }

        return digits[0] == '-' ? -offset : offset;
    }

    private static bool TryNumber(string token, int minDigits, int maxDigits, out int number)
    {
        number = 0;
        if (token.Length < minDigits || token.Length > maxDigits)
        {
            return false;
        }

        foreach (var c in token)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }

            number = (number * 10) + (c - '0');
        }

        return true;
    }
}
