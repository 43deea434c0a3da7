using Archive.Search.Querying;
using Archive.Search.Tests.Support;

namespace Archive.Search.Tests;

public sealed class MalformedQueryTests(IndexedCorpusFixture fixture) : IClassFixture<IndexedCorpusFixture>
{
    public static TheoryData<string> Inputs => new()
    {
        "\"政府信息",
        "政府\"信息",
        "政府”",
        "OR",
        "OR 公开",
        "公开 OR",
        "公开 OR OR 信息",
        "-",
        "- 公开",
        "--公开",
        "-\"\"",
        "\"\"",
        "\"   \"",
        "title:",
        "title:\"",
        "year:",
        "year:20x9",
        "year:2020..2018",
        "year:..",
        "region:",
        "region:不存在的地方",
        "region:12345",
        "，。！？、；：",
        "!!! ??? ...",
        "的 了 和",
        "的",
        "*",
        "?",
        "公开*",
        "(公开 OR 信息",
        "AND NOT",
        "title:agency:year:",
        "\\",
        "\"\\\"",
        "𠀀",
        new string('公', 10_000),
        string.Concat(Enumerable.Repeat("信息 ", 2000)),
        string.Concat(Enumerable.Repeat("的 ", 400)),
        string.Concat(Enumerable.Repeat("a OR ", 190)) + "b",
    };

    [Theory]
    [MemberData(nameof(Inputs))]
    public void MalformedQuery_EitherAnswersOrThrowsSearchSyntaxException(string query) => AnswersOrSyntaxError(query);

    [Fact]
    public void UnbalancedQuote_Throws_SearchSyntaxExceptionWithPosition()
    {
        var error = Assert.Throws<SearchSyntaxException>(() => fixture.Searcher.Search(new SearchRequest("公开 \"政府信息")));
        Assert.Equal(3, error.Position);
        Assert.Contains("quote", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RandomSyntaxSoup_EitherAnswersOrThrowsSearchSyntaxException()
    {
        var random = new Random(3);
        string[] pieces = ["\"", "“", "”", "-", "－", "OR", " ", "title:", "agency:", "year:", "region:", "..", "2019", "640221", "公开", "的", "，", "𠀀", "\\", ":", "：", "*", "\u3000", "\n"];
        for (var i = 0; i < 500; i++)
        {
            var query = string.Concat(Enumerable.Range(0, random.Next(1, 12)).Select(_ => pieces[random.Next(pieces.Length)]));
            AnswersOrSyntaxError(query);
        }
    }

    private void AnswersOrSyntaxError(string query)
    {
        try
        {
            var result = fixture.Searcher.Search(new SearchRequest(query, First: 5, Facets: true));
            Assert.True(result.TotalHits >= 0);
        }
        catch (SearchSyntaxException error)
        {
            Assert.False(string.IsNullOrWhiteSpace(error.Message));
        }
    }
}
