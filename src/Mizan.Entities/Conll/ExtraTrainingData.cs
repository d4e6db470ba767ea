using Mizan.Entities.Tagging;

namespace Mizan.Entities.Conll;

/// <summary>What to do with a corpus's other-names class (AQMAR's MIS), which is broader than ANERcorp's MISC.</summary>
public enum MiscellaneousPolicy
{
    /// <summary>The class's tokens are read as O (outside any entity).</summary>
    Outside,

    /// <summary>The class is read as ANERcorp's MISC.</summary>
    Misc,

    /// <summary>Sentences holding the class are left out, so none of its spans teaches either O or MISC.</summary>
    DropSentence,
}

/// <summary>
/// Tagged sentences of another corpus made ready to train beside ANERcorp (training side only, never a test fold):
/// PER is read as PERS, MIS and MISC follow the <see cref="MiscellaneousPolicy"/>, and any other type not in
/// <see cref="Iob.Tags"/> is read as O.
/// </summary>
public static class ExtraTrainingData
{
    /// <summary>The sentences with their tags in ANERcorp's types, by the rules above.</summary>
    public static IReadOnlyList<ConllSentence> ToAnercorpTypes(IReadOnlyList<ConllSentence> sentences, MiscellaneousPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var known = Iob.Tags.ToHashSet(StringComparer.Ordinal);
        var result = new List<ConllSentence>(sentences.Count);
        foreach (var sentence in sentences)
        {
            if (sentence.Tags is null)
            {
                throw new ArgumentException($"the sentence at line {sentence.Line} has no tags", nameof(sentences));
            }

            var tags = sentence.Tags.Select(Map).ToArray();
            if (tags.Contains(null))
            {
                continue;
            }

            result.Add(sentence with { Tags = tags! });
        }

        return result;

        string? Map(string tag)
        {
            if (tag.Length < 3)
            {
                return "O";
            }

            var type = tag[2..] switch
            {
                "PER" => "PERS",
                "MIS" or "MISC" => policy switch
                {
                    MiscellaneousPolicy.Misc => "MISC",
                    MiscellaneousPolicy.DropSentence => null,
                    _ => string.Empty,
                },
                var other => other,
            };

            if (type is null)
            {
                return null;
            }

            var mapped = string.Concat(tag.AsSpan(0, 2), type);
            return type.Length > 0 && known.Contains(mapped) ? mapped : "O";
        }
    }
}
