using System.Text.RegularExpressions;
using Mizan.Testing;

namespace Mizan.Web.Tests;

/// <summary>Rules the page's source keeps, so no data can ever be parsed as markup or run as script.</summary>
public sealed partial class PageSourceTests
{
    private static string Folder => Path.Combine(Repository.Root, "src", "Mizan.Web", "wwwroot");

    [Fact]
    public void No_script_writes_markup_or_evaluates_text()
    {
        var scripts = Directory.GetFiles(Folder, "*.js");
        Assert.NotEmpty(scripts);
        foreach (var file in scripts)
        {
            var source = File.ReadAllText(file);
            foreach (var banned in new[] { "innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "new Function", "setAttribute('on", "srcdoc" })
            {
                Assert.False(source.Contains(banned, StringComparison.Ordinal), $"{Path.GetFileName(file)} uses {banned}");
            }
        }
    }

    [Fact]
    public void Every_counted_noun_goes_through_the_plural_module()
    {
        foreach (var file in Directory.GetFiles(Folder, "*.js").Where(f => Path.GetFileName(f) != "plural.js"))
        {
            var match = NumberBeforeNoun().Match(File.ReadAllText(file));
            Assert.False(match.Success, $"{Path.GetFileName(file)} writes a noun after a number itself ({match.Value}); use counted() of plural.js");
        }
    }

    [Fact]
    public void The_html_has_no_inline_script_style_or_handler()
    {
        foreach (var file in Directory.GetFiles(Folder, "*.html"))
        {
            var html = File.ReadAllText(file);
            Assert.DoesNotMatch(InlineScript(), html);
            Assert.DoesNotMatch(Handler(), html);
            Assert.DoesNotContain("<style", html, StringComparison.Ordinal);
            Assert.DoesNotContain("style=", html, StringComparison.Ordinal);
        }
    }

    /// <summary>
    /// A count written into a template and followed by an Arabic word: `${count(n)} مقال`, `${list.length} منفذ`; a
    /// preposition after it (صفحة 2 من 5) counts nothing.
    /// </summary>
    [GeneratedRegex(@"\$\{(?:count\([^}]*\)|[^}]*\.length)\}\s*(?!(?:من|في|إلى)\s)[\u0621-\u064A]", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex NumberBeforeNoun();

    [GeneratedRegex(@"<script(?![^>]*\ssrc=)[^>]*>", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex InlineScript();

    [GeneratedRegex(@"\son[a-z]+\s*=", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Handler();
}
