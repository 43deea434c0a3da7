using System.Globalization;
using System.Text;
using System.Xml;
using Archive.Api.GraphQL;
using Archive.Api.GraphQL.Errors;
using Archive.Api.Http;
using GraphQL;
using Microsoft.AspNetCore.Http;

namespace Archive.Api.SavedSearches;

/// <summary>
/// GET /feeds/{token}.atom: a saved search's newest matching reports (by when they were first stored, newest first,
/// <see cref="SavedSearchService.FeedEntries"/> of them) as an Atom 1.0 feed (RFC 4287). The token in the URL is the
/// credential, so a feed reader needs no API key; an unknown token is a 404.
/// </summary>
public sealed class AtomFeedEndpoint(SavedSearchService savedSearches, IGraphQLTextSerializer serializer)
{
    public const string AtomNamespace = "http://www.w3.org/2005/Atom";
    public const string MediaType = "application/atom+xml";

    public async Task HandleAsync(HttpContext http, string token)
    {
        var cancellationToken = http.RequestAborted;
        SavedSearchView? saved = null;
        IReadOnlyList<FeedEntry> entries = [];
        try
        {
            // Tokens are 43 base64url characters; anything else is not looked up.
            saved = token.Length is > 0 and <= 64 && token.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_')
                ? await savedSearches.FindByTokenAsync(token, cancellationToken)
                : null;
            if (saved is null)
            {
                throw ArchiveError.NotFound("no saved search has this feed");
            }

            entries = await savedSearches.NewestAsync(saved, SavedSearchService.FeedEntries, cancellationToken);
        }
        catch (ArchiveError error)
        {
            http.Response.StatusCode = saved is null ? StatusCodes.Status404NotFound : StatusCodes.Status400BadRequest;
            http.Response.ContentType = ResponseMediaTypes.Json + "; charset=utf-8";
            await serializer.WriteAsync(http.Response.Body, new ExecutionResult(error), cancellationToken);
            return;
        }

        var request = http.Request;
        var site = $"{request.Scheme}://{request.Host}{request.PathBase}";
        http.Response.ContentType = MediaType + "; charset=utf-8";
        http.Response.Headers.CacheControl = "no-cache";
        await using var xml = XmlWriter.Create(http.Response.Body, new XmlWriterSettings { Async = true, Encoding = new UTF8Encoding(false), Indent = true });
        await xml.WriteStartDocumentAsync();
        await xml.WriteStartElementAsync(null, "feed", AtomNamespace);
        await Element(xml, "id", $"urn:archive:saved-search:{GlobalId.Encode(SavedSearchGraphType.IdType, saved.Id)}");
        await Element(xml, "title", saved.Name);
        await Element(xml, "subtitle", $"检索 {saved.Query}：最新入库的报告 newest reports matching the search");
        await Element(xml, "updated", Rfc3339(entries.Count > 0 ? entries.Max(e => e.UpdatedAt) : saved.CreatedAt));
        await Link(xml, "self", site + saved.FeedPath, MediaType);
        await Link(xml, "alternate", $"{site}/?view=search&q={Uri.EscapeDataString(saved.Query)}", "text/html");
        await xml.WriteStartElementAsync(null, "author", AtomNamespace);
        await Element(xml, "name", "Archive");
        await xml.WriteEndElementAsync();
        await Element(xml, "generator", "Archive");
        foreach (var entry in entries)
        {
            var id = GlobalId.Encode(GlobalId.Report, entry.ReportId);
            await xml.WriteStartElementAsync(null, "entry", AtomNamespace);
            await Element(xml, "id", $"urn:archive:report:{id}");
            await Element(xml, "title", entry.Title ?? entry.AgencyName ?? entry.FileName);
            await Element(xml, "updated", Rfc3339(entry.UpdatedAt));
            await Element(xml, "published", Rfc3339(entry.IngestedAt));
            await Link(xml, "alternate", $"{site}/?view=report&id={Uri.EscapeDataString(id)}&q={Uri.EscapeDataString(saved.Query)}", "text/html");
            if (entry.Snippet is { Length: > 0 } snippet)
            {
                await Element(xml, "summary", snippet);
            }

            await xml.WriteEndElementAsync();
        }

        await xml.WriteEndElementAsync();
        await xml.WriteEndDocumentAsync();
    }

    private static Task Element(XmlWriter xml, string name, string text) => xml.WriteElementStringAsync(null, name, AtomNamespace, XmlText(text));

    private static async Task Link(XmlWriter xml, string rel, string href, string type)
    {
        await xml.WriteStartElementAsync(null, "link", AtomNamespace);
        await xml.WriteAttributeStringAsync(null, "rel", null, rel);
        await xml.WriteAttributeStringAsync(null, "type", null, type);
        await xml.WriteAttributeStringAsync(null, "href", null, href);
        await xml.WriteEndElementAsync();
    }

    /// <summary>RFC 3339 in UTC, to the second (Atom's date construct).</summary>
    private static string Rfc3339(DateTime utc) => DateTime.SpecifyKind(utc, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>Drops the control characters XML 1.0 cannot carry (all but tab and line breaks); surrogate pairs stay.</summary>
    private static string XmlText(string text) =>
        text.All(XmlConvert.IsXmlChar) ? text : new string([.. text.Where(c => XmlConvert.IsXmlChar(c) || char.IsSurrogate(c))]);
}
