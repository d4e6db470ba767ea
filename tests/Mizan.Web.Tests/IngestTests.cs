using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Mizan.Testing;

namespace Mizan.Web.Tests;

/// <summary>POST /api/ingest: uploads are stored and re-briefed; bad uploads are refused with a problem.</summary>
public sealed class IngestTests(EmptyServer server) : IClassFixture<EmptyServer>
{
    [Fact]
    public async Task Uploaded_articles_are_stored_and_briefed_and_a_second_upload_adds_nothing()
    {
        using var first = await Upload(Repository.SampleArticles().Select(f => (Path.GetFileName(f), File.ReadAllBytes(f))));
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var result = (await first.Content.ReadFromJsonAsync<IngestResponse>(TestServer.Json))!;
        Assert.Equal(5, result.Files);
        Assert.Equal(5, result.New);
        Assert.True(result.Rebriefed);
        Assert.True(result.Stories >= 1);

        var stories = await server.Get<Page<StorySummary>>("api/stories");
        Assert.Equal(result.Stories, stories.Total);
        Assert.Equal(5, stories.Items.Sum(s => s.Articles));
        using (var brief = await server.Client.GetAsync(new Uri("api/stories/" + stories.Items[0].Id, UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.OK, brief.StatusCode);
        }

        Assert.NotEmpty((await server.Get<SearchResponse>("api/search?q=" + Uri.EscapeDataString("الاعرجي"))).Hits);

        using var again = await Upload(Repository.SampleArticles().Take(2).Select(f => (Path.GetFileName(f), File.ReadAllBytes(f))));
        var second = (await again.Content.ReadFromJsonAsync<IngestResponse>(TestServer.Json))!;
        Assert.Equal(0, second.New);
        Assert.Equal(2, second.Duplicate);
        Assert.False(second.Rebriefed);
        Assert.Equal(result.Stories, second.Stories);

        // One new article: grouped on arrival into a story of its own, shown as soon as the upload is answered; the
        // stories it did not touch are served as they were.
        var before = await server.Client.GetByteArrayAsync(new Uri("api/stories/" + stories.Items[0].Id, UriKind.Relative));
        var text = "خبر جديد عن المستشفى\n\nأعلنت وزارة الصحة اليوم عن افتتاح مستشفى جديد في مدينة الطائف يضم مئتي سرير وقسما للطوارئ وآخر للأطفال."u8.ToArray();
        using var third = await Upload([("hospital.txt", text)]);
        var added = (await third.Content.ReadFromJsonAsync<IngestResponse>(TestServer.Json))!;
        Assert.Equal((1, true, result.Stories + 1), (added.New, added.Rebriefed, added.Stories));
        var after = await server.Get<Page<StorySummary>>("api/stories");
        Assert.Equal(6, after.Items.Sum(s => s.Articles));
        var hospital = Assert.Single(after.Items, s => s.Articles == 1 && s.Headline == "خبر جديد عن المستشفى");
        Assert.Equal(before, await server.Client.GetByteArrayAsync(new Uri("api/stories/" + stories.Items[0].Id, UriKind.Relative)));

        // The storylines are linked again after the answer; once that is done the new story is in one of them.
        await server.Services.GetRequiredService<Mizan.Web.Features.IngestGate>().Pending;
        var linked = await server.Get<Page<StorySummary>>("api/stories");
        Assert.NotNull(Assert.Single(linked.Items, s => s.Id == hospital.Id).StorylineId);
        Assert.Equal(after.Total, linked.Total);
    }

    [Fact]
    public async Task An_unreadable_file_is_skipped_by_name_and_the_rest_is_read()
    {
        using var response = await Upload([("broken.json", "{ not json"u8.ToArray()), ("empty.txt", [])]);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = (await response.Content.ReadFromJsonAsync<IngestResponse>(TestServer.Json))!;
        Assert.Equal(2, result.Skipped);
        Assert.Contains(result.SkippedReasons, r => r.Contains("broken.json", StringComparison.Ordinal));
        Assert.DoesNotContain(result.SkippedReasons, r => r.Contains(Path.GetTempPath(), StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_upload_over_20_MiB_is_a_413_problem()
    {
        using var content = new MultipartFormDataContent { { new ByteArrayContent(new byte[(20 * 1024 * 1024) + 1]), "files", "big.txt" } };
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("api/ingest", UriKind.Relative)) { Content = content };

        // The server answers from the declared length; with Expect: 100-continue the body is never sent.
        request.Headers.ExpectContinue = true;
        using var response = await server.Client.SendAsync(request);
        await Problem(response, HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task More_than_50_files_is_a_400_problem()
    {
        using var response = await Upload(Enumerable.Range(0, 51).Select(i => ($"a{i}.txt", "نص قصير"u8.ToArray())));
        var problem = await Problem(response, HttpStatusCode.BadRequest);
        Assert.Contains("51", problem.GetProperty("errors").GetProperty("files")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_upload_without_files_is_a_400_problem()
    {
        using var form = new MultipartFormDataContent { { new StringContent("x"), "note" } };
        using var response = await server.Client.PostAsync(new Uri("api/ingest", UriKind.Relative), form);
        await Problem(response, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_body_that_is_not_multipart_is_a_415_problem()
    {
        using var json = JsonContent.Create(new { files = "a.txt" });
        using var response = await server.Client.PostAsync(new Uri("api/ingest", UriKind.Relative), json);
        await Problem(response, HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task An_upload_from_another_site_is_refused()
    {
        using var content = new MultipartFormDataContent { { new ByteArrayContent("نص"u8.ToArray()), "files", "a.txt" } };
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("api/ingest", UriKind.Relative)) { Content = content };
        request.Headers.Add("Origin", "https://elsewhere.example");
        using var response = await server.Client.SendAsync(request);
        await Problem(response, HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Ingest_takes_only_post()
    {
        using var response = await server.Client.GetAsync(new Uri("api/ingest", UriKind.Relative));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    private async Task<HttpResponseMessage> Upload(IEnumerable<(string Name, byte[] Bytes)> files)
    {
        using var form = new MultipartFormDataContent();
        foreach (var (name, bytes) in files)
        {
            form.Add(new ByteArrayContent(bytes), "files", name);
        }

        return await server.Client.PostAsync(new Uri("api/ingest", UriKind.Relative), form);
    }

    private static async Task<JsonElement> Problem(HttpResponseMessage response, HttpStatusCode status)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"{(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(body).RootElement;
    }
}
