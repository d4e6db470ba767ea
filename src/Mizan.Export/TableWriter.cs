using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace Mizan.Export;

/// <summary>One exported row: its columns in order.</summary>
public sealed class Row : List<KeyValuePair<string, object?>>
{
    public Row Add(string name, object? value)
    {
        Add(new KeyValuePair<string, object?>(name, value));
        return this;
    }
}

/// <summary>Writes rows as they come, one at a time, so an export of any size holds one row in memory.</summary>
public abstract class TableWriter(TextWriter output)
{
    protected TextWriter Output { get; } = output ?? throw new ArgumentNullException(nameof(output));

    public abstract void Write(Row row);

    /// <summary>A writer for <c>jsonl</c> or <c>csv</c>; null for another format name.</summary>
    public static TableWriter? For(string format, TextWriter output) => format switch
    {
        "jsonl" => new JsonLinesWriter(output),
        "csv" => new CsvWriter(output),
        _ => null,
    };
}

/// <summary>One JSON object per line, columns as camel-case properties.</summary>
public sealed class JsonLinesWriter(TextWriter output) : TableWriter(output)
{
    /// <summary>Arabic and every other script stay readable; only characters unsafe in HTML or JSON are escaped.</summary>
    private static readonly JsonSerializerOptions SerializerOptions = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    public override void Write(Row row)
    {
        ArgumentNullException.ThrowIfNull(row);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            foreach (var (name, value) in row)
            {
                json.WritePropertyName(name);
                JsonSerializer.Serialize(json, value, SerializerOptions);
            }

            json.WriteEndObject();
        }

        Output.WriteLine(Encoding.UTF8.GetString(buffer.ToArray()));
    }
}

/// <summary>
/// RFC 4180 CSV with a header row taken from the first row. A cell that a spreadsheet would read as a formula
/// (starting with =, +, -, @, tab or carriage return) gets a leading apostrophe, so an exported text cannot run in
/// an analyst's spreadsheet.
/// </summary>
public sealed class CsvWriter(TextWriter output) : TableWriter(output)
{
    private bool headerWritten;

    public override void Write(Row row)
    {
        ArgumentNullException.ThrowIfNull(row);
        if (!headerWritten)
        {
            Output.WriteLine(string.Join(',', row.Select(c => Cell(c.Key))));
            headerWritten = true;
        }

        Output.WriteLine(string.Join(',', row.Select(c => Cell(Text(c.Value)))));
    }

    private static string Text(object? value) => value switch
    {
        null => string.Empty,
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        string s => s,
        System.Collections.IEnumerable list => string.Join(' ', list.Cast<object?>().Select(Text)),
        _ => value.ToString() ?? string.Empty,
    };

    private static string Cell(string text)
    {
        if (text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            text = "'" + text;
        }

        return text.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
    }
}
