using System.Diagnostics;
using Mizan.Core.Corpora;
using Mizan.Entities;
using Mizan.Figures;
using Mizan.Quotes;
using Mizan.Text.Tokenization;
namespace Mizan.Cli.Tests;
public sealed class TmpProfile
{
    [Fact]
    public void Profile()
    {
        var texts = JsonArrayArchive.ReadFile(Path.Combine(Mizan.Testing.Repository.Shared!, "data/saudinewsnet/dataset/2015-07-21.zip")).Take(1500).Select(a => a.Text).ToList();
        var sw = new Dictionary<string, Stopwatch> { ["tok"] = new(), ["ner"] = new(), ["quotes"] = new(), ["dates"] = new(), ["qty"] = new(), ["all"] = new() };
        foreach (var t in texts.Take(100)) { Mizan.Core.Analysis.TextAnalyzer.Default.Analyze(t); }
        foreach (var text in texts)
        {
            sw["tok"].Start(); var tokens = Tokenizer.Tokenize(text); sw["tok"].Stop();
            sw["ner"].Start(); var ents = EntityRecognizer.Default.Recognize(text, tokens); sw["ner"].Stop();
            sw["quotes"].Start(); QuoteExtractor.Default.Extract(text, tokens, ents.Select(e => new NameSpan(e.Start, e.End)).ToList()); sw["quotes"].Stop();
            sw["dates"].Start(); var d = Dates.Extract(text, tokens, new DateOnly(2015, 7, 21)); sw["dates"].Stop();
            sw["qty"].Start(); Quantities.Extract(text, tokens, d); sw["qty"].Stop();
            sw["all"].Start(); Mizan.Core.Analysis.TextAnalyzer.Default.Analyze(text); sw["all"].Stop();
        }
        Assert.Fail(string.Join(" ", sw.Select(p => $"{p.Key}={p.Value.ElapsedMilliseconds}ms")));
    }
}
