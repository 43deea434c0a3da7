using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Archive.Api.Tests.Infrastructure;

/// <summary>
/// Checks an Atom document against RFC 4287's MUSTs that a feed of entries can break: the namespace; a feed with
/// exactly one id, title and updated, an author unless every entry has one, at most one self link; every entry with
/// exactly one id, title and updated, an alternate link when it has no content; ids absolute IRIs, unique per
/// entry; every date an RFC 3339 date-time. Written for the tests.
/// </summary>
public static partial class AtomValidator
{
    public static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    /// <summary>The problems found; empty when the document is valid Atom as far as these rules go.</summary>
    public static List<string> Problems(XDocument document)
    {
        var problems = new List<string>();
        var feed = document.Root;
        if (feed is null || feed.Name != Atom + "feed")
        {
            problems.Add($"root is {feed?.Name}, not {{{Atom}}}feed");
            return problems;
        }

        var entries = feed.Elements(Atom + "entry").ToList();
        CheckCommon(feed, "feed", problems);
        if (!feed.Elements(Atom + "author").Any() && entries.Any(e => !e.Elements(Atom + "author").Any()))
        {
            problems.Add("feed: no author, and not every entry has one");
        }

        if (feed.Elements(Atom + "link").Count(l => (string?)l.Attribute("rel") == "self") > 1)
        {
            problems.Add("feed: more than one self link");
        }

        foreach (var author in feed.Descendants(Atom + "author"))
        {
            if (author.Elements(Atom + "name").Count() != 1)
            {
                problems.Add("author: needs exactly one name");
            }
        }

        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            CheckCommon(entry, $"entry {i}", problems);
            if (!entry.Elements(Atom + "content").Any() && !entry.Elements(Atom + "link").Any(l => (string?)l.Attribute("rel") is null or "alternate"))
            {
                problems.Add($"entry {i}: no content and no alternate link");
            }
        }

        var duplicates = entries.Select(e => (string?)e.Element(Atom + "id")).GroupBy(id => id).Where(g => g.Count() > 1).Select(g => g.Key);
        problems.AddRange(duplicates.Select(id => $"entry id {id} appears more than once"));
        foreach (var link in feed.Descendants(Atom + "link"))
        {
            if (link.Attribute("href") is not { } href || !Uri.TryCreate(href.Value, UriKind.RelativeOrAbsolute, out _))
            {
                problems.Add("link without a valid href");
            }
        }

        return problems;
    }

    private static void CheckCommon(XElement element, string what, List<string> problems)
    {
        foreach (var name in new[] { "id", "title", "updated" })
        {
            var count = element.Elements(Atom + name).Count();
            if (count != 1)
            {
                problems.Add($"{what}: {count} {name} elements, not one");
            }
        }

        if (element.Element(Atom + "id") is { } id && !(Uri.TryCreate(id.Value.Trim(), UriKind.Absolute, out var uri) && uri.Scheme.Length > 0 && !id.Value.Contains(' ', StringComparison.Ordinal)))
        {
            problems.Add($"{what}: id '{id.Value}' is not an absolute IRI");
        }

        foreach (var date in element.Elements().Where(e => e.Name == Atom + "updated" || e.Name == Atom + "published"))
        {
            if (!Rfc3339().IsMatch(date.Value) || !DateTimeOffset.TryParse(date.Value, CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            {
                problems.Add($"{what}: {date.Name.LocalName} '{date.Value}' is not an RFC 3339 date-time");
            }
        }
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")]
    private static partial Regex Rfc3339();
}
