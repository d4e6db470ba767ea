using Mizan.Ingest.Html;

namespace Mizan.Ingest.Tests.Html;

/// <summary>Main-text extraction on small pages written for the tests, one test per rule.</summary>
public sealed class HtmlExtractionTests
{
    private const string ArabicParagraph1 = "أعلنت الحكومة العراقية، اليوم الخميس، انتهاء المهمة القتالية لقوات التحالف الدولي، وقالت إن القوات المتبقية ستقدم المشورة والتدريب فقط.";
    private const string ArabicParagraph2 = "وقال مستشار الأمن القومي، في مؤتمر صحفي ببغداد، إن الحوار مع الجانب الأمريكي استمر عدة أشهر، وإن الاتفاق يحفظ سيادة البلاد.";
    private const string ArabicQuote = "إن العراق قادر على حماية أرضه، ولن يسمح بعودة الإرهاب إلى مدنه.";
    private const string ArabicParagraph3 = "وأشار البيان إلى أن عدد الجنود الأمريكيين في العراق يبلغ نحو 2500 جندي، يتمركز معظمهم في قاعدتين، بحسب المصادر الرسمية.";

    private static readonly string ArabicPage = $$"""
        <!DOCTYPE html>
        <html lang="ar" dir="rtl">
        <head>
          <meta charset="utf-8">
          <title>انتهاء المهمة القتالية للتحالف في العراق - موقع الأخبار</title>
          <meta property="og:title" content="انتهاء المهمة القتالية للتحالف في العراق | موقع الأخبار">
          <meta property="og:site_name" content="موقع الأخبار">
          <meta property="article:published_time" content="2021-12-09T14:30:00+03:00">
          <link rel="canonical" href="https://news.example/iraq/coalition">
          <style>.secret { color: red } body::before { content: "STYLE-LEAK" }</style>
          <script>var leak = "SCRIPT-LEAK";</script>
        </head>
        <body>
          <header class="site-header"><a href="/">الرئيسية</a> <a href="/politics">سياسة</a> <a href="/economy">اقتصاد</a></header>
          <nav class="main-menu"><ul><li><a href="/a">عربي</a></li><li><a href="/b">دولي</a></li><li><a href="/c">رياضة</a></li></ul></nav>
          <div class="container">
            <article class="post">
              <h1 class="entry-title">انتهاء المهمة القتالية للتحالف في العراق</h1>
              <div class="share-bar"><a href="#">فيسبوك</a> <a href="#">تويتر</a> <a href="#">واتساب</a></div>
              <div class="entry-content">
                <p>{{ArabicParagraph1}}</p>
                <p>{{ArabicParagraph2}}</p>
                <h2>حماية الدولة</h2>
                <blockquote>{{ArabicQuote}}</blockquote>
                <script>document.write("SCRIPT-LEAK-2")</script>
                <p>{{ArabicParagraph3}}</p>
                <div style="display: none">نص مخفي لا يظهر HIDDEN-LEAK</div>
              </div>
              <div class="related-posts"><h3>أخبار ذات صلة</h3><ul>
                <li><a href="/1">هجوم لتنظيم الدولة على قوات البيشمركة يوقع قتلى</a></li>
                <li><a href="/2">ائتلاف الوطنية يدعو إلى إبطال نتائج الانتخابات</a></li>
                <li><a href="/3">خمسة ملايين دولار للإبلاغ عن مختطفين في العراق</a></li></ul></div>
            </article>
            <div id="comments" class="comments-area"><h3>التعليقات (2)</h3>
              <p>تعليق طويل من أحد القراء يقول فيه إن هذا الخبر مهم جداً، ويطالب الحكومة بالمزيد من الشفافية في المفاوضات.</p>
              <form><textarea>اترك تعليقاً</textarea><button>إرسال</button></form></div>
            <aside class="sidebar"><h3>الأكثر قراءة</h3><p>خبر جانبي طويل بعض الشيء عن موضوع آخر تماماً لا علاقة له بالمقال.</p></aside>
          </div>
          <footer class="site-footer">جميع الحقوق محفوظة © 2021</footer>
        </body>
        </html>
        """;

    private const string EnglishParagraph1 = "Iraq announced on Thursday the end of the combat mission of the US-led coalition, saying the remaining troops would advise, assist and train.";
    private const string EnglishParagraph2 = "The national security adviser said the talks had lasted months, and that the agreement respected the country's sovereignty, its laws and its people.";
    private const string EnglishItem = "About 2,500 American troops remain in the country, mostly at two bases.";

    private static readonly string EnglishPage = $$$"""
        <html lang="en-US"><head>
        <title>Coalition ends combat mission in Iraq | World News</title>
        <script type="application/ld+json">[{"@context":"https://schema.org","@type":"WebSite","name":"World News"},
          {"@graph":[{"@type":["NewsArticle"],"headline":"Coalition ends combat mission in Iraq","datePublished":"2021-12-09T10:00:00Z",
          "publisher":{"@type":"NewsMediaOrganization","name":"World News Ltd"}}]}]</script>
        <script type="application/ld+json">{ this is not json </script>
        </head><body>
        <div id="menu"><a href="/">Home</a> | <a href="/world">World</a> | <a href="/sport">Sport</a></div>
        <main>
          <h1>Coalition ends combat mission in Iraq</h1>
          <time datetime="2021-12-09">9 December 2021</time>
          <div class="story-body">
            <p>{{{EnglishParagraph1}}}</p>
            <p>{{{EnglishParagraph2}}}</p>
            <ul><li>{{{EnglishItem}}}</li><li>Their role is to advise and assist, officials said.</li></ul>
            <p class="advert">Advertisement</p>
            <p><a href="/other">Read more: Iraqi election results contested by rival blocs</a></p>
          </div>
          <div class="social-share"><a href="#">Share on Facebook</a><a href="#">Tweet this</a></div>
        </main>
        </body></html>
        """;

    [Fact]
    public void Navigation_menus_header_and_footer_are_dropped()
    {
        var text = HtmlArticleReader.Read(ArabicPage, null).Text;
        Assert.DoesNotContain("الرئيسية", text, StringComparison.Ordinal);
        Assert.DoesNotContain("رياضة", text, StringComparison.Ordinal);
        Assert.DoesNotContain("جميع الحقوق محفوظة", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Comments_and_comment_forms_are_dropped()
    {
        var text = HtmlArticleReader.Read(ArabicPage, null).Text;
        Assert.DoesNotContain("تعليق طويل", text, StringComparison.Ordinal);
        Assert.DoesNotContain("اترك تعليقاً", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Share_bars_are_dropped()
    {
        Assert.DoesNotContain("واتساب", HtmlArticleReader.Read(ArabicPage, null).Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Share on Facebook", HtmlArticleReader.Read(EnglishPage, null).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_post_the_article_quotes_stays_though_its_wrapper_is_named_social()
    {
        const string Tweet = "نص التغريدة التي نقلها المقال عن الوزير حرفيا";
        var page = $$"""
            <html><body><article class="post"><div class="entry-content">
              <p>{{ArabicParagraph1}}</p>
              <div class="social-media-embed"><blockquote class="twitter-tweet"><p>{{Tweet}} <a href="https://t.co/x">https://t.co/x</a></p>
                — الوزير (@minister) <a href="https://twitter.com/minister/status/1">9 ديسمبر 2021</a></blockquote></div>
              <p>{{ArabicParagraph2}}</p>
              <div class="social-share"><a href="#">فيسبوك</a> <a href="#">واتساب</a><blockquote>اقتباس قصير</blockquote> <a href="#">تويتر</a> <a href="#">تلغرام</a> <a href="#">لينكدإن</a> <a href="#">البريد</a></div>
              <p>{{ArabicParagraph3}}</p>
            </div></article></body></html>
            """;
        var text = HtmlArticleReader.Read(page, null).Text;
        Assert.Contains(Tweet, text, StringComparison.Ordinal);
        Assert.DoesNotContain("واتساب", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Prose_written_straight_into_a_box_beside_a_photo_table_is_the_article()
    {
        // The page's only <p> is the publisher's address; the article is text and <br>s in a div that also holds the
        // photo's table, as some CMSs write it.
        var page = $$"""
            <html><body><div id="wrap">
              <div class="col"><ul><li><a href="/1">الأخبار</a></li><li><a href="/2">الرياضة</a></li></ul></div>
              <div class="main"><div id="_article">
                <table><tr><td><img src="/photo.jpg"></td></tr></table><br>
                {{ArabicParagraph1}}<br><br>{{ArabicParagraph2}}<br><br>{{ArabicParagraph3}}<br>
                <table><tr><td><img src="/photo2.jpg"></td></tr></table>
              </div></div>
              <div class="info"><p>الناشر ورئيس التحرير: فلان - رقم التسجيل 1234 - العنوان: شارع الجامعة - عمّان - الأردن</p></div>
            </div></body></html>
            """;
        var text = HtmlArticleReader.Read(page, null).Text;
        Assert.Contains(ArabicParagraph1, text, StringComparison.Ordinal);
        Assert.Contains(ArabicParagraph3, text, StringComparison.Ordinal);
        Assert.DoesNotContain("رقم التسجيل", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_box_beside_the_article_named_furniture_is_not_gathered_though_a_content_word_is_in_its_name_too()
    {
        var page = $$"""
            <html><body><div class="page">
              <div class="story"><p>{{ArabicParagraph1}}</p><p>{{ArabicParagraph2}}</p><p>{{ArabicParagraph3}}</p></div>
              <div class="footer-content" id="footer"><p>موقع الأخبار هو المصدر الأول للأخبار المحلية، يغطي السياسة والاقتصاد والرياضة، ويقدم التحليلات والتقارير، والحوارات، على مدار الساعة.</p></div>
            </div></body></html>
            """;
        var text = HtmlArticleReader.Read(page, null).Text;
        Assert.Contains(ArabicParagraph3, text, StringComparison.Ordinal);
        Assert.DoesNotContain("المصدر الأول", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Related_story_lists_and_sidebars_are_dropped()
    {
        var text = HtmlArticleReader.Read(ArabicPage, null).Text;
        Assert.DoesNotContain("البيشمركة", text, StringComparison.Ordinal);
        Assert.DoesNotContain("خبر جانبي", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Iraqi election results", HtmlArticleReader.Read(EnglishPage, null).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Scripts_styles_and_hidden_elements_never_leak()
    {
        foreach (var page in new[] { ArabicPage, EnglishPage })
        {
            var text = HtmlArticleReader.Read(page, null).Text;
            Assert.DoesNotContain("LEAK", text, StringComparison.Ordinal);
            Assert.DoesNotContain("color: red", text, StringComparison.Ordinal);
            Assert.DoesNotContain("@context", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Headline_heading_paragraphs_and_quote_are_kept_in_order_as_blank_line_separated_paragraphs()
    {
        var text = HtmlArticleReader.Read(ArabicPage, null).Text;
        string[] expected = ["انتهاء المهمة القتالية للتحالف في العراق", ArabicParagraph1, ArabicParagraph2, "حماية الدولة", ArabicQuote, ArabicParagraph3];
        Assert.Equal(expected, text.Split("\n\n"));
    }

    [Fact]
    public void List_items_inside_the_article_are_kept_and_short_labels_inside_it_dropped()
    {
        var body = HtmlArticleReader.ReadMainText(EnglishPage).Body;
        Assert.Contains(EnglishItem, body, StringComparison.Ordinal);
        Assert.True(body.IndexOf(EnglishParagraph2, StringComparison.Ordinal) < body.IndexOf(EnglishItem, StringComparison.Ordinal));
        Assert.DoesNotContain("Advertisement", body, StringComparison.Ordinal);
    }

    [Fact]
    public void The_body_does_not_repeat_the_headline()
    {
        var main = HtmlArticleReader.ReadMainText(EnglishPage);
        Assert.Equal("Coalition ends combat mission in Iraq", main.Headline);
        Assert.StartsWith(EnglishParagraph1, main.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Truncated_html_still_gives_its_text()
    {
        var cut = ArabicPage[..(ArabicPage.IndexOf(ArabicParagraph2, StringComparison.Ordinal) + 40)];
        var text = HtmlArticleReader.Read(cut, null).Text;
        Assert.Contains(ArabicParagraph1, text, StringComparison.Ordinal);
        Assert.Contains(ArabicParagraph2[..30], text, StringComparison.Ordinal);
    }

    [Fact]
    public void Malformed_html_with_unclosed_and_stray_tags_still_gives_its_text()
    {
        var html = $"<html><body><div class=content><p>{EnglishParagraph1}<p>{EnglishParagraph2}</span></b><table><td>{EnglishItem}</div></body>";
        var text = HtmlArticleReader.Read(html, null).Text;
        Assert.Contains(EnglishParagraph1, text, StringComparison.Ordinal);
        Assert.Contains(EnglishParagraph2, text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("just some words without any markup")]
    [InlineData("\u0000\u0001\u00FF\uFFFD<<<>>>&&&;;</p></div>")]
    public void Empty_plain_or_binary_input_gives_a_result_without_throwing(string html)
    {
        var article = HtmlArticleReader.Read(html, "https://example.org/x");
        Assert.NotNull(article.Text);
        Assert.DoesNotContain('\u0000', article.Text);
        Assert.Equal("https://example.org/x", article.Url);
    }

    [Fact]
    public void A_deeply_nested_page_gives_its_text_without_overflowing_the_stack()
    {
        const int depth = 5000;
        var html = string.Concat(Enumerable.Repeat("<div>", depth)) + $"<p>{EnglishParagraph1}</p>" + string.Concat(Enumerable.Repeat("</div>", depth));
        Assert.Contains("Iraq announced", HtmlArticleReader.Read(html, null).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_without_class_names_is_read_by_its_paragraphs()
    {
        var html = $"<html><body><div><a href=/>Home</a> <a href=/a>About</a></div><div><p>{EnglishParagraph1}</p><p>{EnglishParagraph2}</p></div><div><a href=/x>Privacy</a></div></body></html>";
        Assert.Equal($"{EnglishParagraph1}\n\n{EnglishParagraph2}", HtmlArticleReader.Read(html, null).Text);
    }

    [Fact]
    public void A_layout_wrapper_named_like_furniture_keeps_the_article_it_holds()
    {
        var html = $"<html><body><div class=\"page has-sidebar\"><div class=\"x\"><p>{EnglishParagraph1}</p><p>{EnglishParagraph2}</p></div>"
            + "<div class=\"sidebar\"><p>A sidebar teaser that is long enough to be scored as a paragraph here.</p></div></div></body></html>";
        var text = HtmlArticleReader.Read(html, null).Text;
        Assert.Equal($"{EnglishParagraph1}\n\n{EnglishParagraph2}", text);
    }

    [Fact]
    public void A_page_whose_class_names_all_mislead_is_read_again_without_them()
    {
        var html = $"<html><body><div class=\"comments\"><p>{EnglishParagraph1}</p></div><div class=\"comments\"><p>{EnglishParagraph2}</p></div>"
            + $"<div class=\"comments\"><p>{EnglishItem} It is a paragraph, of some length, that counts.</p></div></body></html>";
        var text = HtmlArticleReader.Read(html, null).Text;
        Assert.Contains(EnglishParagraph1, text, StringComparison.Ordinal);
        Assert.Contains(EnglishParagraph2, text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_paragraph_that_is_only_a_link_is_dropped_from_the_article()
    {
        var html = $"<html><body><article><p>{EnglishParagraph1}</p><p><a href=\"/x\">SEE ALSO: Iraqi election results contested</a></p><p>{EnglishParagraph2}</p></article></body></html>";
        Assert.Equal($"{EnglishParagraph1}\n\n{EnglishParagraph2}", HtmlArticleReader.Read(html, null).Text);
    }

    [Fact]
    public void The_arabic_page_states_its_metadata()
    {
        var article = HtmlArticleReader.Read(ArabicPage, "https://news.example/iraq/coalition?utm=x");
        Assert.Equal("انتهاء المهمة القتالية للتحالف في العراق", article.Title);
        Assert.Equal("2021-12-09T14:30:00+03:00", article.Published);
        Assert.Equal("موقع الأخبار", article.Outlet);
        Assert.Equal("https://news.example/iraq/coalition", article.Url);
        Assert.Equal("ar", article.Language);
    }

    [Fact]
    public void A_comment_thread_longer_than_the_article_is_still_dropped()
    {
        var comments = string.Concat(Enumerable.Range(1, 12).Select(i =>
            $"<li class=\"comment\"><div class=\"comment-author\">قارئ {i}</div><div class=\"comment-content\"><p>تعليق رقم {i}: أتفق مع ما جاء في الخبر، لكن الحكومة لم توضح موعد الانسحاب الكامل، ولا عدد الجنود الذين سيبقون.</p></div></li>"));
        var html = $"<html lang=\"ar\"><body><div id=\"page\"><article><div class=\"entry-content\"><p>{ArabicParagraph1}</p><p>{ArabicParagraph2}</p><p>{ArabicParagraph3}</p></div></article>"
            + $"<div id=\"comments\"><h3>12 تعليقاً</h3><ol class=\"commentlist\">{comments}</ol></div></div></body></html>";
        var text = HtmlArticleReader.Read(html, null).Text;
        Assert.Equal($"{ArabicParagraph1}\n\n{ArabicParagraph2}\n\n{ArabicParagraph3}", text);
    }
}
