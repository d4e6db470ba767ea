using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

namespace Mizan.Web.Tests;

/// <summary>The samples served with a key file (alice and bob) and a key of its own, on loopback, where keys apply too.</summary>
public sealed class KeyedServer : TestServer
{
    public const string Alice = "alice-0123456789abcdef";
    public const string Bob = "bob-fedcba9876543210";
    public const string Given = "given-key-00112233445566";

    public string KeyFile => Path.Combine(Folder, "keys.txt");

    public void WriteKeys(params string[] lines)
    {
        File.WriteAllLines(KeyFile, lines);

        // A rewrite within the file system's time granularity is still seen: its length differs, and the time is moved on.
        File.SetLastWriteTimeUtc(KeyFile, DateTime.UtcNow.AddSeconds(lines.Length));
    }

    protected override MizanWebOptions Options(MizanWebOptions defaults)
    {
        WriteKeys("# the team", $"alice:{Alice}", string.Empty, $"bob: {Bob}");
        return defaults with { Keys = AccessKeys.Load(Given, KeyFile, null, out _) };
    }
}

/// <summary>Keys given, reads public.</summary>
public sealed class PublicReadServer : TestServer
{
    protected override MizanWebOptions Options(MizanWebOptions defaults) =>
        defaults with { Keys = AccessKeys.Load(KeyedServer.Given, null, null, out _), PublicRead = true };

    protected override IEnumerable<string> Inputs(string scratch) => [];
}

/// <summary>Two keys, each allowed two uploads an hour.</summary>
public sealed class RateLimitedServer : TestServer
{
    protected override MizanWebOptions Options(MizanWebOptions defaults)
    {
        var file = Path.Combine(Folder, "keys.txt");
        File.WriteAllLines(file, [KeyedServer.Alice, KeyedServer.Bob]);
        return defaults with { Keys = AccessKeys.Load(null, file, null, out _), Uploads = new UploadRate(2, TimeSpan.FromHours(1)) };
    }

    protected override IEnumerable<string> Inputs(string scratch) => [];
}

/// <summary>Every endpoint with no key, a wrong key and a right key; revoking a key by editing the file.</summary>
public sealed class AccessTests(KeyedServer server) : IClassFixture<KeyedServer>
{
    private const string Wrong = "wrong-key-99999999999999";

    public static TheoryData<string> Reads { get; } = new()
    {
        "api/stories",
        "api/stories/{story}",
        "api/storylines",
        "api/articles",
        "api/articles/{article}",
        "api/entities",
        "api/entities/" + Uri.EscapeDataString("الأعرجي"),
        "api/search?q=" + Uri.EscapeDataString("الاعرجي"),
        "api/no-such-endpoint",
    };

    [Theory]
    [MemberData(nameof(Reads))]
    public async Task A_read_needs_a_right_key(string path)
    {
        path = await Resolve(path);
        using (var none = await Send(HttpMethod.Get, path, null))
        {
            await Unauthorized(none, invalidKey: false);
        }

        using (var wrong = await Send(HttpMethod.Get, path, Wrong))
        {
            await Unauthorized(wrong, invalidKey: true);
        }

        var expected = path.Contains("no-such", StringComparison.Ordinal) ? HttpStatusCode.NotFound : HttpStatusCode.OK;
        foreach (var key in new[] { KeyedServer.Alice, KeyedServer.Bob, KeyedServer.Given })
        {
            using var right = await Send(HttpMethod.Get, path, key);
            Assert.Equal(expected, right.StatusCode);
        }

        using var header = await Send(HttpMethod.Get, path, KeyedServer.Alice, bearer: false);
        Assert.Equal(expected, header.StatusCode);
    }

    [Fact]
    public async Task An_upload_needs_a_right_key()
    {
        using (var none = await Upload(null))
        {
            await Unauthorized(none, invalidKey: false);
        }

        using (var wrong = await Upload(Wrong))
        {
            await Unauthorized(wrong, invalidKey: true);
        }

        using var right = await Upload(KeyedServer.Bob);
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
    }

    [Theory]
    [InlineData("")]
    [InlineData("openapi/v1.json")]
    [InlineData("app.js")]
    public async Task The_page_and_the_api_description_need_no_key(string path)
    {
        using var response = await Send(HttpMethod.Get, path, null);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_key_deleted_from_the_file_opens_nothing_and_one_added_opens_at_once()
    {
        const string Carol = "carol-abcdefabcdef0123";
        try
        {
            server.WriteKeys($"alice:{KeyedServer.Alice}", $"carol:{Carol}");
            using (var added = await Send(HttpMethod.Get, "api/stories", Carol))
            {
                Assert.Equal(HttpStatusCode.OK, added.StatusCode);
            }

            server.WriteKeys($"alice:{KeyedServer.Alice}");
            using (var revoked = await Send(HttpMethod.Get, "api/stories", Carol))
            {
                await Unauthorized(revoked, invalidKey: true);
            }

            using (var kept = await Send(HttpMethod.Get, "api/stories", KeyedServer.Alice))
            {
                Assert.Equal(HttpStatusCode.OK, kept.StatusCode);
            }

            using var bobGone = await Upload(KeyedServer.Bob);
            await Unauthorized(bobGone, invalidKey: true);

            // The key given on its own is not in the file, and stays.
            using var given = await Send(HttpMethod.Get, "api/stories", KeyedServer.Given);
            Assert.Equal(HttpStatusCode.OK, given.StatusCode);
        }
        finally
        {
            server.WriteKeys($"alice:{KeyedServer.Alice}", $"bob:{KeyedServer.Bob}");
        }
    }

    /// <summary>The path with the ids of the samples' largest story and its first article filled in.</summary>
    private async Task<string> Resolve(string path)
    {
        if (!path.Contains('{', StringComparison.Ordinal))
        {
            return path;
        }

        using var stories = await Send(HttpMethod.Get, "api/stories", KeyedServer.Alice);
        var story = JsonDocument.Parse(await stories.Content.ReadAsStringAsync()).RootElement.GetProperty("items")[0].GetProperty("id").GetString()!;
        using var articles = await Send(HttpMethod.Get, "api/articles", KeyedServer.Alice);
        var article = JsonDocument.Parse(await articles.Content.ReadAsStringAsync()).RootElement.GetProperty("items")[0].GetProperty("id").GetString()!;
        return path.Replace("{story}", story, StringComparison.Ordinal).Replace("{article}", article, StringComparison.Ordinal);
    }

    private Task<HttpResponseMessage> Send(HttpMethod method, string path, string? key, bool bearer = true) =>
        Access.Send(server.Client, method, path, key, bearer);

    private Task<HttpResponseMessage> Upload(string? key) => Access.Upload(server.Client, key);

    private static async Task Unauthorized(HttpResponseMessage response, bool invalidKey)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, $"{(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var challenge = response.Headers.WwwAuthenticate.ToString();
        Assert.StartsWith("Bearer", challenge, StringComparison.Ordinal);
        Assert.Equal(invalidKey, challenge.Contains("invalid_token", StringComparison.Ordinal));
        Assert.DoesNotContain(Wrong, body, StringComparison.Ordinal);
        Assert.DoesNotContain("0123456789", body, StringComparison.Ordinal);
    }
}

/// <summary>With --public-read: reading needs no key, uploading still does, and a wrong key is refused everywhere.</summary>
public sealed class PublicReadTests(PublicReadServer server) : IClassFixture<PublicReadServer>
{
    [Theory]
    [InlineData("api/stories")]
    [InlineData("api/storylines")]
    [InlineData("api/articles")]
    [InlineData("api/entities")]
    public async Task Reading_needs_no_key(string path)
    {
        using var none = await Access.Send(server.Client, HttpMethod.Get, path, null);
        Assert.Equal(HttpStatusCode.OK, none.StatusCode);
        using var wrong = await Access.Send(server.Client, HttpMethod.Get, path, "wrong-key-99999999999999");
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
    }

    [Fact]
    public async Task Uploading_needs_a_key()
    {
        using var none = await Access.Upload(server.Client, null);
        Assert.Equal(HttpStatusCode.Unauthorized, none.StatusCode);
        using var right = await Access.Upload(server.Client, KeyedServer.Given);
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
    }
}

/// <summary>Uploads are limited per key: a 429 with Retry-After once a key's bucket is empty, other keys unaffected.</summary>
public sealed class UploadLimitTests(RateLimitedServer server) : IClassFixture<RateLimitedServer>
{
    [Fact]
    public async Task A_key_past_its_uploads_gets_a_429_with_retry_after_and_other_keys_do_not()
    {
        for (var i = 0; i < 2; i++)
        {
            using var allowed = await Access.Upload(server.Client, KeyedServer.Alice);
            Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        }

        using var refused = await Access.Upload(server.Client, KeyedServer.Alice);
        var body = await refused.Content.ReadAsStringAsync();
        Assert.True(refused.StatusCode == HttpStatusCode.TooManyRequests, $"{(int)refused.StatusCode}: {body}");
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        var retry = refused.Headers.RetryAfter?.Delta;
        Assert.NotNull(retry);
        Assert.InRange(retry.Value.TotalSeconds, 1, 3600);
        Assert.DoesNotContain(KeyedServer.Alice, body, StringComparison.Ordinal);

        // Reads are not limited, and another key has its own uploads.
        using var read = await Access.Send(server.Client, HttpMethod.Get, "api/stories", KeyedServer.Alice);
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        using var other = await Access.Upload(server.Client, KeyedServer.Bob);
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
    }
}

/// <summary>Requests with a key in either header, and a small upload that stores nothing new (a file with no article).</summary>
internal static class Access
{
    public static async Task<HttpResponseMessage> Send(HttpClient client, HttpMethod method, string path, string? key, bool bearer = true)
    {
        using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
        if (key is not null)
        {
            if (bearer)
            {
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
            }
            else
            {
                request.Headers.Add("X-Mizan-Key", key);
            }
        }

        return await client.SendAsync(request);
    }

    public static async Task<HttpResponseMessage> Upload(HttpClient client, string? key)
    {
        using var form = new MultipartFormDataContent { { new ByteArrayContent("{ not json"u8.ToArray()), "files", "broken.json" } };
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("api/ingest", UriKind.Relative)) { Content = form };
        if (key is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        }

        return await client.SendAsync(request);
    }
}
