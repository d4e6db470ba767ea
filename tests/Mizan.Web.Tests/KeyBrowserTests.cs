using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;
using OpenQA.Selenium.Support.UI;

namespace Mizan.Web.Tests;

/// <summary>The browser tests' server, with an access key: every call of the page needs it.</summary>
public sealed class KeyedBrowserServer : BrowserServer
{
    protected override MizanWebOptions Options(MizanWebOptions defaults) =>
        defaults with { Keys = AccessKeys.Load(KeyedServer.Given, null, null, out _) };
}

/// <summary>The page asks for the key once, on the first 401, keeps it for the session and sends it on every call.</summary>
public sealed class KeyBrowserTests(KeyedBrowserServer server) : IClassFixture<KeyedBrowserServer>
{
    [Fact]
    public void The_page_asks_for_the_key_once_and_keeps_it_for_the_session()
    {
        var browser = server.Driver;
        browser.Navigate().GoToUrl(new Uri(server.Address, "/#/"));
        browser.ExecuteScript("sessionStorage.clear();");
        browser.Navigate().Refresh();

        // A wrong key is refused and asked for again, saying so.
        Submit(browser, "wrong-key-99999999999999");
        var again = Until(browser, () => browser.FindElements(By.CssSelector("dialog.key-dialog[open] .error")).FirstOrDefault());
        Assert.Contains("غير صحيح", again.Text, StringComparison.Ordinal);

        Submit(browser, KeyedServer.Given);
        Until(browser, () => browser.FindElements(By.CssSelector(".story-item")).FirstOrDefault());
        Assert.Empty(browser.FindElements(By.CssSelector("dialog.key-dialog")));
        Assert.Equal(KeyedServer.Given, browser.ExecuteScript("return sessionStorage.getItem('mizan-key');"));

        // Other views and a reload call the API with the kept key, asking nothing.
        browser.Navigate().GoToUrl(new Uri(server.Address, "/#/search?q=" + Uri.EscapeDataString("الاعرجي")));
        Until(browser, () => browser.FindElements(By.CssSelector("li.hit")).FirstOrDefault());
        browser.Navigate().Refresh();
        Until(browser, () => browser.FindElements(By.CssSelector("main li")).FirstOrDefault());
        Assert.Empty(browser.FindElements(By.CssSelector("dialog.key-dialog")));
        Assert.DoesNotContain(KeyedServer.Given, browser.FindElement(By.TagName("body")).Text, StringComparison.Ordinal);
    }

    private static void Submit(ChromeDriver browser, string key)
    {
        var input = Until(browser, () => browser.FindElements(By.CssSelector("dialog.key-dialog[open] input[type=password]")).FirstOrDefault());
        input.SendKeys(key);
        input.SendKeys(Keys.Enter);
    }

    /// <summary>Polls for an element: ten seconds, as the other browser tests wait, for a loaded CI machine.</summary>
    private static IWebElement Until(ChromeDriver browser, Func<IWebElement?> find) =>
        new WebDriverWait(browser, TimeSpan.FromSeconds(10)).Until(_ => find());
}
