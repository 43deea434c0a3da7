using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using Microsoft.Playwright;

namespace Archive.Web.Tests;

/// <summary>A frontend developer's first hour with the API, in a real browser against `archive serve`: GraphiQL and CORS.</summary>
[Collection(ServedArchiveCollection.Name)]
public sealed class ApiExplorerTests(ServedArchive archive)
{
    [BrowserFact]
    public async Task GraphiQL_LoadsTheSchemaFromTheServer_AndRunsTheFirstExample()
    {
        var page = await archive.NewPageAsync();
        var elsewhere = new List<string>();
        page.Request += (_, request) =>
        {
            if (!request.Url.StartsWith(archive.BaseUrl, StringComparison.Ordinal) && !request.Url.StartsWith("data:", StringComparison.Ordinal))
            {
                elsewhere.Add(request.Url);
            }
        };
        var introspection = page.WaitForResponseAsync(response =>
            response.Url == archive.BaseUrl + "/graphql" && response.Request.Method == "POST" && (response.Request.PostData ?? "").Contains("__schema", StringComparison.Ordinal));

        await page.GotoAsync(archive.BaseUrl + "/graphql");
        var schemaResponse = await introspection;

        Assert.Equal(200, schemaResponse.Status);
        using (var schema = JsonDocument.Parse(await schemaResponse.TextAsync()))
        {
            Assert.Equal("Query", schema.RootElement.GetProperty("data").GetProperty("__schema").GetProperty("queryType").GetProperty("name").GetString());
        }

        // The first tab is the first example (a search with facets); run it as a user would.
        await page.Locator(".graphiql-tab").First.WaitForAsync();
        var execution = page.WaitForResponseAsync(response =>
            response.Url == archive.BaseUrl + "/graphql" && (response.Request.PostData ?? "").Contains("SearchWithFacets", StringComparison.Ordinal));
        await page.ClickAsync(".graphiql-execute-button");
        var executed = await execution;
        Assert.True(executed.Status == 200, $"{executed.Status}: {executed.Request.PostData} → {await executed.TextAsync()}");
        using (var answer = JsonDocument.Parse(await executed.TextAsync()))
        {
            Assert.True(answer.RootElement.GetProperty("data").GetProperty("search").GetProperty("totalCount").GetInt32() > 0);
            Assert.True(answer.RootElement.GetProperty("extensions").GetProperty("rateLimit").GetProperty("cost").GetInt32() >= 1);
        }

        // GraphiQL shows the answer (its editor renders only the lines in view, so look for the first ones).
        await Assertions.Expect(page.Locator(".result-window")).ToContainTextAsync("totalCount");
        Assert.Empty(elsewhere);
    }

    [BrowserFact]
    public async Task Fetch_FromALocalFrontendOnAnotherPort_IsAllowedByTheDefaultCors()
    {
        // A page from a dev server on http://localhost:<port> (a real one: Chromium decides what a page may reach by
        // where it came from), calling the API on 127.0.0.1: another origin, so Chromium enforces CORS, with a
        // preflight for the JSON content type.
        using var frontend = new HttpListener();
        var port = FreeLoopbackPort();
        frontend.Prefixes.Add($"http://localhost:{port}/");
        frontend.Start();
        var serving = ServeOnePageAsync(frontend);
        var page = await archive.NewPageAsync();
        await page.GotoAsync($"http://localhost:{port}/");
        await serving;

        var answer = await page.EvaluateAsync<string>(
            """
            async (url) => {
              try {
                const response = await fetch(url, {
                  method: 'POST',
                  headers: { 'Content-Type': 'application/json', 'Accept': 'application/graphql-response+json' },
                  body: JSON.stringify({ query: '{ reports(first: 1) { totalCount } }' }),
                });
                return response.status + ' ' + await response.text();
              } catch (e) {
                return 'blocked: ' + e;
              }
            }
            """,
            archive.BaseUrl + "/graphql");

        Assert.True(answer.StartsWith("200 ", StringComparison.Ordinal), answer);
        using var body = JsonDocument.Parse(answer[4..]);
        Assert.True(body.RootElement.GetProperty("data").GetProperty("reports").GetProperty("totalCount").GetInt32() > 0);
    }

    private static async Task ServeOnePageAsync(HttpListener listener)
    {
        var context = await listener.GetContextAsync();
        var html = "<!doctype html><title>frontend</title><p>dev server</p>"u8.ToArray();
        context.Response.ContentType = "text/html; charset=utf-8";
        context.Response.ContentLength64 = html.Length;
        await context.Response.OutputStream.WriteAsync(html);
        context.Response.Close();
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
