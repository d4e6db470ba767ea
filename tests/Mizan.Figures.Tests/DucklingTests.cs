using Mizan.Figures.Evaluation;
using Mizan.Testing;

namespace Mizan.Figures.Tests;

/// <summary>The Duckling corpus reader, on a constructed snippet and (when ../shared is there) on the real corpora.</summary>
public sealed class DucklingTests
{
    private const string Snippet = """
        allExamples = concat
          [ examples (NumeralValue 21)
                     [ "واحد و عشرون"
                     , "21"
                     ]
          , examples (datetime (2013, 2, 11, 0, 0, 0) Day)
                     [ "امس"
                     ]
          , examples (datetimeInterval ((2013, 3, 1, 0, 0, 0), (2013, 3, 11, 0, 0, 0)) Day)
                     [ "من 1 الى 10 اذار" ]
          ]
        """;

    [Fact]
    public void The_reader_finds_each_example_with_its_expectation()
    {
        var numerals = DucklingCorpus.Parse("Numeral", Snippet);
        Assert.Equal(4, numerals.Count);
        Assert.Equal(("number", "21", "واحد و عشرون"), (numerals[0].Grain, numerals[0].Expected, numerals[0].Phrase));
        Assert.Equal(("day", "2013-02-11"), (numerals[2].Grain, numerals[2].Expected));
        Assert.Equal("datetimeInterval", numerals[3].Grain);
    }

    [Fact]
    public void Yesterday_at_the_reference_time_passes()
    {
        var example = new DucklingExample("Time", "day", "2013-02-11", "امس");
        Assert.True(DucklingEvaluation.Run(example).Passed);
    }

    [SharedDataFact]
    public void The_numeral_corpus_passes_at_least_85_percent()
    {
        var path = Path.Combine(Repository.Shared!, "data", "duckling-arabic", "Duckling", "Numeral", "AR", "Corpus.hs");
        var results = DucklingCorpus.Parse("Numeral", File.ReadAllText(path)).Select(DucklingEvaluation.Run).ToList();
        Assert.True(results.Count > 100);
        Assert.True(results.Count(r => r.Passed) >= 0.85 * results.Count, $"{results.Count(r => r.Passed)} of {results.Count}");
    }
}
