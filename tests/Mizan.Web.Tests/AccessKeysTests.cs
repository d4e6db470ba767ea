namespace Mizan.Web.Tests;

/// <summary>The key file's format, the keys' checks, and the refusal to serve beyond loopback without a key.</summary>
public sealed class AccessKeysTests : IDisposable
{
    private readonly string file = Path.Combine(Path.GetTempPath(), $"mizan-keys-{Guid.NewGuid():N}.txt");

    public void Dispose() => File.Delete(file);

    [Fact]
    public void A_key_file_holds_named_and_unnamed_keys_and_comments()
    {
        File.WriteAllLines(file, ["# team keys", "alice:alice-0123456789abcdef", "  ", "0123456789abcdef0123", "  bob : bob:with:colons-0123456789  "]);
        var keys = AccessKeys.Load(null, file, null, out var error);
        Assert.Null(error);
        Assert.NotNull(keys);
        Assert.Equal(3, keys.Count);
        Assert.Equal("alice", keys.Verify("alice-0123456789abcdef")?.Name);
        Assert.Equal("line 4", keys.Verify("0123456789abcdef0123")?.Name);
        Assert.Equal("bob", keys.Verify("bob:with:colons-0123456789")?.Name);
        Assert.Null(keys.Verify("alice"));
        Assert.Null(keys.Verify("alice:alice-0123456789abcdef"));
        Assert.Null(keys.Verify("# team keys"));
        Assert.NotEqual(keys.Verify("alice-0123456789abcdef")?.Id, keys.Verify("0123456789abcdef0123")?.Id);
    }

    [Fact]
    public void A_short_key_is_refused_by_line_number_without_being_quoted()
    {
        File.WriteAllLines(file, ["alice:alice-0123456789abcdef", "bob:short-secret"]);
        Assert.Null(AccessKeys.Load(null, file, null, out var error));
        Assert.Contains("line 2", error, StringComparison.Ordinal);
        Assert.DoesNotContain("short-secret", error, StringComparison.Ordinal);

        Assert.Null(AccessKeys.Load("short-secret", null, null, out error));
        Assert.DoesNotContain("short-secret", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_or_empty_key_file_is_refused()
    {
        Assert.Null(AccessKeys.Load(null, file, null, out var error));
        Assert.Contains("no such file", error, StringComparison.Ordinal);
        File.WriteAllLines(file, ["# nobody yet"]);
        Assert.Null(AccessKeys.Load(null, file, null, out error));
        Assert.Contains("holds no key", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_key_file_deleted_while_serving_opens_nothing_and_says_so()
    {
        File.WriteAllLines(file, ["alice:alice-0123456789abcdef"]);
        List<string> warnings = [];
        var keys = AccessKeys.Load("given-key-00112233445566", file, warnings.Add, out _)!;
        Assert.NotNull(keys.Verify("alice-0123456789abcdef"));
        File.Delete(file);
        Assert.Null(keys.Verify("alice-0123456789abcdef"));
        Assert.NotNull(keys.Verify("given-key-00112233445566"));
        Assert.NotEmpty(warnings);
        Assert.All(warnings, w => Assert.DoesNotContain("alice-0123456789abcdef", w, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("http://0.0.0.0:0", false, true)]
    [InlineData("http://+:8080", false, true)]
    [InlineData("http://127.0.0.1:0;http://192.168.1.4:8080", false, true)]
    [InlineData("http://0.0.0.0:0", true, false)]
    [InlineData("http://127.0.0.1:0", false, false)]
    [InlineData("http://localhost:8080;http://[::1]:8081", false, false)]
    public void Beyond_loopback_the_host_refuses_to_start_without_a_key(string urls, bool hasKeys, bool refused)
    {
        var listen = MizanWebOptions.ParseUrls(urls, out _)!;
        var refusal = MizanWeb.Refusal(listen, hasKeys);
        Assert.Equal(refused, refusal is not null);
        if (refused)
        {
            Assert.Contains("no access key", refusal, StringComparison.Ordinal);
            var error = Assert.Throws<ArgumentException>(() => MizanWeb.Build(new MizanWebOptions(Path.Combine(Path.GetTempPath(), "unused.db"), urls)));
            Assert.Contains("no access key", error.Message, StringComparison.Ordinal);
        }
    }
}
