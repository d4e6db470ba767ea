namespace Mizan.Web.Tests;

/// <summary>Where the app listens: loopback by default, and a malformed address refused rather than widened.</summary>
public sealed class OptionsTests
{
    [Theory]
    [InlineData("http://127.0.0.1:5080")]
    [InlineData("http://localhost:8080;http://[::1]:8081")]
    [InlineData("http://+:8080")]
    [InlineData("http://127.0.0.1:0")]
    public void Addresses_with_a_host_and_port_are_accepted(string urls) =>
        Assert.NotNull(MizanWebOptions.ParseUrls(urls, out _));

    [Theory]
    [InlineData("http://127.0.0.1:abc")]
    [InlineData("http://127.0.0.1")]
    [InlineData("127.0.0.1:5080")]
    [InlineData("ftp://127.0.0.1:21")]
    [InlineData("http://127.0.0.1:5080/path")]
    [InlineData(" ; ")]
    public void Malformed_addresses_are_refused_with_a_message(string urls)
    {
        Assert.Null(MizanWebOptions.ParseUrls(urls, out var error));
        Assert.False(string.IsNullOrEmpty(error));
        Assert.Throws<ArgumentException>(() => MizanWeb.Build(new MizanWebOptions(Path.Combine(Path.GetTempPath(), "unused.db"), urls)));
    }

    [Theory]
    [InlineData("http://127.0.0.1:5080", true)]
    [InlineData("http://localhost:5080", true)]
    [InlineData("http://[::1]:5080", true)]
    [InlineData("http://0.0.0.0:5080", false)]
    [InlineData("http://+:5080", false)]
    [InlineData("http://192.168.1.4:5080", false)]
    public void Loopback_addresses_are_told_apart(string url, bool loopback) =>
        Assert.Equal(loopback, MizanWeb.IsLoopback(url));

    [Fact]
    public void The_default_is_the_loopback_interface() =>
        Assert.True(MizanWeb.IsLoopback(new MizanWebOptions("x.db").Urls));
}
