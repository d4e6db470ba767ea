namespace Mizan.Entities.Conll;

/// <summary>One sentence of a CoNLL file: its tokens, their tags (null when the file carries none), and the line it starts on.</summary>
public sealed record ConllSentence(IReadOnlyList<string> Tokens, IReadOnlyList<string>? Tags, int Line);

/// <summary>A CoNLL file read, with the problems found in it (each naming its line).</summary>
public sealed record ConllDocument(IReadOnlyList<ConllSentence> Sentences, IReadOnlyList<string> Warnings)
{
    public int TokenCount => Sentences.Sum(s => s.Tokens.Count);
}

/// <summary>
/// Reads and writes the one-token-per-line format: a token, a space and a tag per line, a blank line between
/// sentences. Rules, each tested by name:
/// <list type="number">
/// <item>The tag is what follows the last space (or tab) of a line; the token is everything before it, spaces
/// included (ANERcorp has a line ". Oالإصابة O").</item>
/// <item>A line without a space is a token without a tag; with tags expected it is reported and tagged O.</item>
/// <item>Blank lines (or lines of white space) end a sentence; several in a row are one break; a final sentence
/// needs no blank line after it.</item>
/// <item>A byte-order mark and carriage returns are ignored.</item>
/// <item>With tags expected, an I-X tag that does not continue an X entity (after O or another type) is read as
/// B-X and reported: the conlleval reading of such a tag, written as valid IOB2. A tag that is neither O, B-X nor
/// I-X is reported and read as O.</item>
/// </list>
/// </summary>
public static class ConllFormat
{
    /// <summary>Reads a file; <paramref name="withTags"/> false keeps only the tokens (anything after the last space is ignored).</summary>
    public static ConllDocument Read(TextReader reader, bool withTags)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var sentences = new List<ConllSentence>();
        var warnings = new List<string>();
        var tokens = new List<string>();
        var tags = new List<string>();
        var lineNumber = 0;
        var sentenceLine = 1;
        while (reader.ReadLine() is { } raw)
        {
            lineNumber++;
            var line = raw.TrimEnd('\r');
            if (lineNumber == 1 && line.Length > 0 && line[0] == '\uFEFF') // byte-order mark
            {
                line = line[1..];
            }

            if (string.IsNullOrWhiteSpace(line))
            {
                Flush();
                sentenceLine = lineNumber + 1;
                continue;
            }

            line = line.TrimEnd();
            var split = line.LastIndexOfAny([' ', '\t']);
            string token;
            string tag;
            if (split <= 0)
            {
                token = line.Trim();
                tag = "O";
                if (withTags)
                {
                    warnings.Add($"line {lineNumber}: no tag after the token '{token}'; read as O");
                }
            }
            else
            {
                token = line[..split].Trim();
                tag = line[(split + 1)..];
            }

            if (tokens.Count == 0)
            {
                sentenceLine = lineNumber;
            }

            tokens.Add(token);
            if (withTags)
            {
                tags.Add(CheckTag(tag, tags.Count == 0 ? "O" : tags[^1], lineNumber, warnings));
            }
        }

        Flush();
        return new ConllDocument(sentences, warnings);

        void Flush()
        {
            if (tokens.Count > 0)
            {
                sentences.Add(new ConllSentence(tokens.ToArray(), withTags ? tags.ToArray() : null, sentenceLine));
            }

            tokens.Clear();
            tags.Clear();
        }
    }

    public static ConllDocument ReadFile(string path, bool withTags)
    {
        using var reader = new StreamReader(path, System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return Read(reader, withTags);
    }

    /// <summary>Writes <c>TOKEN TAG</c> lines with a blank line after each sentence.</summary>
    public static void Write(TextWriter writer, IEnumerable<(IReadOnlyList<string> Tokens, IReadOnlyList<string> Tags)> sentences)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(sentences);
        foreach (var (tokens, tags) in sentences)
        {
            if (tokens.Count != tags.Count)
            {
                throw new ArgumentException($"a sentence has {tokens.Count} tokens but {tags.Count} tags", nameof(sentences));
            }

            for (var i = 0; i < tokens.Count; i++)
            {
                writer.Write(tokens[i]);
                writer.Write(' ');
                writer.Write(tags[i]);
                writer.Write('\n');
            }

            writer.Write('\n');
        }
    }

    private static string CheckTag(string tag, string previous, int line, List<string> warnings)
    {
        if (tag == "O")
        {
            return tag;
        }

        if (tag.Length < 3 || tag[1] != '-' || tag[0] is not ('B' or 'I'))
        {
            warnings.Add($"line {line}: '{tag}' is not an IOB2 tag; read as O");
            return "O";
        }

        if (tag[0] == 'I' && (previous == "O" || previous.AsSpan(2).SequenceEqual(tag.AsSpan(2)) is false))
        {
            warnings.Add($"line {line}: {tag} does not continue an entity (after {previous}); read as B-{tag[2..]}");
            return "B-" + tag[2..];
        }

        return tag;
    }
}
