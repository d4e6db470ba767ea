using System.Text.Json;

namespace Mizan.Cli.Tests;

/// <summary>`mizan analyze`: the JSON shape, the offsets it prints, the batch interface and its errors.</summary>
public sealed class AnalyzeCommandTests
{
    [Fact]
    public void Json_output_has_text_sentences_and_tokens_whose_offsets_hold()
    {
        var (exit, output, _) = CliRunner.Run(string.Empty, "analyze", CliRunner.Sample("003"), "--json");
        Assert.Equal(0, exit);
        using var document = JsonDocument.Parse(output);
        var root = document.RootElement;
        var text = root.GetProperty("text").GetString()!;
        Assert.Equal("Al Bayan", root.GetProperty("outlet").GetString());
        var tokens = root.GetProperty("tokens").EnumerateArray().ToList();
        Assert.True(tokens.Count > 300);
        var previous = 0;
        foreach (var token in tokens)
        {
            var start = token.GetProperty("start").GetInt32();
            var end = token.GetProperty("end").GetInt32();
            Assert.True(start >= previous && end > start && end <= text.Length);
            Assert.Equal(text[start..end], token.GetProperty("text").GetString());
            Assert.True(token.TryGetProperty("norm", out _) && token.TryGetProperty("stem", out _) && token.TryGetProperty("clitics", out _));
            previous = end;
        }

        var sentences = root.GetProperty("sentences").EnumerateArray().ToList();
        Assert.True(sentences.Count >= 10);
        Assert.All(sentences, s => Assert.True(s.GetProperty("end").GetInt32() <= text.Length));
    }

    [Fact]
    public void Json_output_reports_stems_and_clitics()
    {
        var (_, output, _) = CliRunner.Run(string.Empty, "analyze", CliRunner.Sample("000"), "--json");
        using var document = JsonDocument.Parse(output);
        var token = document.RootElement.GetProperty("tokens").EnumerateArray()
            .First(t => t.GetProperty("text").GetString() == "والولايات");
        Assert.Equal("ولاي", token.GetProperty("stem").GetString());
        Assert.Equal(["و+", "ال+"], token.GetProperty("clitics").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal("والولايات", token.GetProperty("norm").GetString());
    }

    [Fact]
    public void Json_output_carries_quotes_with_speakers_and_spans()
    {
        var (_, output, _) = CliRunner.Run(string.Empty, "analyze", CliRunner.Sample("003"), "--json");
        using var document = JsonDocument.Parse(output);
        var text = document.RootElement.GetProperty("text").GetString()!;
        var quotes = document.RootElement.GetProperty("quotes").EnumerateArray().ToList();
        Assert.NotEmpty(quotes);
        foreach (var quote in quotes)
        {
            var (start, end) = (quote.GetProperty("start").GetInt32(), quote.GetProperty("end").GetInt32());
            Assert.Equal(text[start..end], quote.GetProperty("text").GetString());
            if (quote.TryGetProperty("speakerStart", out var speakerStart))
            {
                Assert.Equal(text[speakerStart.GetInt32()..quote.GetProperty("speakerEnd").GetInt32()], quote.GetProperty("speaker").GetString());
            }
        }

        var zayadi = quotes.Single(q => q.GetProperty("text").GetString()!.StartsWith("الجولة الجديدة", StringComparison.Ordinal));
        Assert.Equal("بدر الزيادي", zayadi.GetProperty("speaker").GetString());
        Assert.Equal("عضو اللجنة", zayadi.GetProperty("role").GetString());
        Assert.True(zayadi.GetProperty("direct").GetBoolean());
        Assert.Equal("subject", zayadi.GetProperty("source").GetString());
    }

    [Fact]
    public void Json_output_carries_entities_quantities_and_dates()
    {
        var (_, output, _) = CliRunner.Run(string.Empty, "analyze", CliRunner.Sample("000"), "--json");
        using var document = JsonDocument.Parse(output);
        var root = document.RootElement;
        var text = root.GetProperty("text").GetString()!;
        var entities = root.GetProperty("entities").EnumerateArray().ToList();
        var mckenzie = entities.First(e => e.GetProperty("text").GetString() == "فرانك ماكينزي");
        Assert.Equal("person", mckenzie.GetProperty("type").GetString());
        Assert.Equal("قائد القيادة الوسطى الأمريكية", mckenzie.GetProperty("role").GetString());
        foreach (var field in new[] { "entities", "quantities", "dates" })
        {
            foreach (var item in root.GetProperty(field).EnumerateArray())
            {
                Assert.Equal(text[item.GetProperty("start").GetInt32()..item.GetProperty("end").GetInt32()], item.GetProperty("text").GetString());
            }
        }

        Assert.Contains(root.GetProperty("quantities").EnumerateArray(), q => q.GetProperty("value").GetDecimal() == 2500m && q.GetProperty("about").GetString() == "جندي");
        Assert.Contains(root.GetProperty("dates").EnumerateArray(), d => d.GetProperty("text").GetString() == "صيف 2014" && d.GetProperty("value").GetString() == "2014");
    }

    [Fact]
    public void Jsonl_reads_lines_and_writes_one_analysis_per_line_in_order()
    {
        const string input = "{\"id\":\"a\",\"text\":\"قال الأعرجي.\",\"published\":\"2021-12-09\",\"outlet\":\"X\"}\n"
            + "\n"
            + "{\"id\":\"b\",\"text\":\"داعـش\"}\n"
            + "{\"text\":\"بلا معرف\"}\n";
        var (exit, output, error) = CliRunner.Run(input, "analyze", "--jsonl");
        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, error);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        using var first = JsonDocument.Parse(lines[0]);
        Assert.Equal("a", first.RootElement.GetProperty("id").GetString());
        Assert.Equal("2021-12-09", first.RootElement.GetProperty("published").GetString());
        Assert.Equal("X", first.RootElement.GetProperty("outlet").GetString());
        using var second = JsonDocument.Parse(lines[1]);
        Assert.Equal("داعش", second.RootElement.GetProperty("tokens")[0].GetProperty("norm").GetString());
        using var third = JsonDocument.Parse(lines[2]);
        Assert.Equal(16, third.RootElement.GetProperty("id").GetString()!.Length);
    }

    [Fact]
    public void An_unresolved_date_carries_an_explicit_null_value_and_a_resolved_one_its_iso_value()
    {
        const string input = "{\"text\":\"عاد في التاسع من رمضان\"}\n{\"text\":\"عاد في التاسع من رمضان\",\"published\":\"2015-08-10\"}\n";
        var (exit, output, _) = CliRunner.Run(input, "analyze", "--jsonl");
        Assert.Equal(0, exit);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        using var undated = JsonDocument.Parse(lines[0]);
        Assert.Equal(JsonValueKind.Null, undated.RootElement.GetProperty("dates")[0].GetProperty("value").ValueKind);
        using var dated = JsonDocument.Parse(lines[1]);
        Assert.Equal("2015-06-26", dated.RootElement.GetProperty("dates")[0].GetProperty("value").GetString());
    }

    [Fact]
    public void Jsonl_bad_lines_are_reported_and_the_batch_goes_on()
    {
        const string input = "not json\n[1,2]\n{\"id\":\"x\"}\n{\"id\":\"ok\",\"text\":\"نعم\"}\n";
        var (exit, output, error) = CliRunner.Run(input, "analyze", "--jsonl");
        Assert.Equal(1, exit);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(4, lines.Length);
        Assert.Contains("\"error\"", lines[0], StringComparison.Ordinal);
        Assert.Contains("\"line\":2", lines[1], StringComparison.Ordinal);
        Assert.Contains("\"id\":\"x\"", lines[2], StringComparison.Ordinal);
        Assert.Contains("\"id\":\"ok\"", lines[3], StringComparison.Ordinal);
        Assert.Contains("line 1", error, StringComparison.Ordinal);
        Assert.Contains("line 3", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_is_named_and_fails()
    {
        var (exit, _, error) = CliRunner.Run(string.Empty, "analyze", "/nonexistent/article.txt");
        Assert.Equal(3, exit);
        Assert.Contains("/nonexistent/article.txt", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_binary_file_is_skipped_and_the_other_files_are_analysed()
    {
        var binary = Path.Combine(Path.GetTempPath(), $"mizan-binary-{Guid.NewGuid():N}.txt");
        File.WriteAllBytes(binary, [0x00, 0x01, 0xFF, 0x00, 0x7F]);
        try
        {
            var (exit, output, error) = CliRunner.Run(string.Empty, "analyze", binary, CliRunner.Sample("004"), "--jsonl");
            Assert.Equal(1, exit);
            Assert.Contains(binary, error, StringComparison.Ordinal);
            Assert.Single(output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        }
        finally
        {
            File.Delete(binary);
        }
    }

    [Fact]
    public void Json_output_is_the_cleaned_text_with_the_removed_list_pointing_into_the_raw_file()
    {
        var path = CliRunner.Sample("000");
        var raw = File.ReadAllText(path);
        var (exit, output, _) = CliRunner.Run(string.Empty, "analyze", path, "--json");
        Assert.Equal(0, exit);
        using var document = JsonDocument.Parse(output);
        var text = document.RootElement.GetProperty("text").GetString()!;
        var removed = document.RootElement.GetProperty("removed").EnumerateArray().ToList();
        Assert.Contains(removed, r => r.GetProperty("reason").GetString() == "comment-widget");
        Assert.DoesNotContain("التعليقات (0)", text, StringComparison.Ordinal);
        Assert.All(removed, r => Assert.Equal(r.GetProperty("text").GetString(), raw[r.GetProperty("start").GetInt32()..r.GetProperty("end").GetInt32()]));
    }

    [Fact]
    public void A_folder_of_other_formats_is_analysed_article_by_article()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"mizan-formats-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        try
        {
            File.WriteAllText(Path.Combine(folder, "a.jsonl"), """
                {"maintext": "قال الوزير إن الاجتماع سيعقد غدا.", "url": "https://www.example.com/1", "date_publish": "2021-12-09"}
                {"maintext": "وصل الوفد إلى العاصمة مساء أمس.", "url": "https://www.example.com/2"}
                """);
            File.WriteAllText(Path.Combine(folder, "b.html"), "<html><body><article><h1>عنوان</h1><p>أعلنت الحكومة انتهاء المهمة القتالية لقوات التحالف الدولي في العراق بعد جولة الحوار الأخيرة.</p></article></body></html>");
            var (exit, output, _) = CliRunner.Run(string.Empty, "analyze", folder, "--jsonl");
            Assert.Equal(0, exit);
            var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
            Assert.Equal(3, lines.Count);
            Assert.Equal("example.com", lines[0].GetProperty("outlet").GetString());
            Assert.StartsWith("عنوان", lines[2].GetProperty("text").GetString(), StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Analyze_without_input_is_a_usage_error()
    {
        var (exit, _, error) = CliRunner.Run(string.Empty, "analyze");
        Assert.Equal(2, exit);
        Assert.Contains("--jsonl", error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_readable_report_lists_sentences_and_stems()
    {
        var (exit, output, _) = CliRunner.Run(string.Empty, "analyze", CliRunner.Sample("003"));
        Assert.Equal(0, exit);
        Assert.Contains("sentences", output, StringComparison.Ordinal);
        Assert.Contains("التحالف  → تحالف  ال+", output, StringComparison.Ordinal);
    }
}
