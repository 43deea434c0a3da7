using System.Text;
using Archive.Core.Agencies;
using Archive.Core.Reports;
using Archive.Ingest.Decoding;
using Archive.Ingest.Normalization;
using Archive.Samples.Generation;
using Archive.Search.Indexing;
using Archive.Testing;

namespace Archive.Search.Tests.Support;

/// <summary>
/// The documents the search tests index: the five normalized seeds plus synthetic reports assembled from seed
/// sentences with varied metadata, Latin and digit runs, full-width forms and characters outside the BMP.
/// Also remembers, per document, where the normalizer joined a wrapped line.
/// </summary>
public sealed class TestCorpus
{
    public static readonly string[] Regions = ["640221", "640200", "640000", "640106", "370826", "370800", "110101"];
    public static readonly ReportTemplate[] Templates = [ReportTemplate.V2019, ReportTemplate.Pre2019, ReportTemplate.V2021];
    public static readonly AgencyKind[] AgencyKinds = [AgencyKind.Finance, AgencyKind.PeopleGovernment, AgencyKind.DevelopmentZone];
    public static readonly string[] Agencies = ["平罗县工业和信息化局", "中卫市工业和信息化局", "贺兰工业园区管委会", "微山县工业和信息化局"];

    private TestCorpus(List<SearchDocument> documents, Dictionary<long, List<int>> joinPositions)
    {
        Documents = documents;
        JoinPositions = joinPositions;
    }

    public IReadOnlyList<SearchDocument> Documents { get; }

    /// <summary>Per report, normalized indexes i where chars i-1 and i were on different raw lines before joining.</summary>
    public IReadOnlyDictionary<long, List<int>> JoinPositions { get; }

    private const int GeneratedCount = 40;

    public static TestCorpus Build(int syntheticCount = 60, int seed = 11)
    {
        var random = new Random(seed);
        var documents = new List<SearchDocument>();
        var joins = new Dictionary<long, List<int>>();
        var sentences = new List<string>();
        long id = 1;
        foreach (var file in TestPaths.SeedFiles)
        {
            // The seeds are UTF-8 (TextDecoder is not needed here and is not under test).
            var decoded = File.ReadAllText(file, Encoding.UTF8);
            var normalized = TextNormalizer.Normalize(decoded);
            var reportId = id++;
            documents.Add(Document(reportId, normalized.Text, random));
            joins[reportId] = JoinedAt(normalized, decoded);
            sentences.AddRange(normalized.Text.Split(['。', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Where(s => s.Length > 4));
        }

        // Generated reports (all three templates, tables in several text shapes, GB18030 files) as ingest decodes them.
        foreach (var generated in ReportGenerator.Generate(new GeneratorOptions(GeneratedCount, Seed: 5)))
        {
            var decoded = TextDecoder.Decode(generated.Bytes).Text;
            var normalized = TextNormalizer.Normalize(decoded);
            var reportId = id++;
            documents.Add(Document(reportId, normalized.Text, random));
            joins[reportId] = JoinedAt(normalized, decoded);
        }

        string[] extras = ["PDF版本", "ＧＤＰ增长５％", "第１２期", "𠀀𠀁字", "𡈽地", "email@example.com", "依申请公开", "社会 主义", "A-1 型号"];
        for (var i = 0; i < syntheticCount; i++)
        {
            // Paragraphs of seed sentences, wrapped at a fixed width with blank lines between, as PDF extraction does.
            var width = random.Next(18, 40);
            var raw = new StringBuilder();
            var paragraphs = random.Next(2, 6);
            for (var p = 0; p < paragraphs; p++)
            {
                var paragraph = new StringBuilder("\u3000\u3000");
                var count = random.Next(2, 6);
                for (var k = 0; k < count; k++)
                {
                    paragraph.Append(sentences[random.Next(sentences.Count)]);
                    if (random.Next(5) == 0)
                    {
                        paragraph.Append(extras[random.Next(extras.Length)]);
                    }

                    paragraph.Append(k == count - 1 ? "。" : "，");
                }

                AppendWrapped(raw, paragraph.ToString(), width);
                raw.Append("\n\n");
            }

            var normalized = TextNormalizer.Normalize(raw.ToString());
            var reportId = id++;
            documents.Add(Document(reportId, normalized.Text, random));
            joins[reportId] = JoinedAt(normalized, raw.ToString());
        }

        return new TestCorpus(documents, joins);
    }

    private static void AppendWrapped(StringBuilder raw, string paragraph, int width)
    {
        var line = 0;
        for (var i = 0; i < paragraph.Length; i++)
        {
            raw.Append(paragraph[i]);
            if (char.IsHighSurrogate(paragraph[i]))
            {
                continue;
            }

            if (++line == width && i + 1 < paragraph.Length)
            {
                raw.Append("\n\n");
                line = 0;
            }
        }
    }

    private static SearchDocument Document(long reportId, string text, Random random)
    {
        var region = random.Next(8) == 0 ? null : Regions[random.Next(Regions.Length)];
        var level = region is null ? null : RegionCodes.LevelOf(region);
        return new SearchDocument(
            reportId,
            text,
            Title: random.Next(5) == 0 ? null : $"{Agencies[random.Next(Agencies.Length)]}{2015 + random.Next(7)}年政府信息公开工作年度报告",
            Agency: random.Next(6) == 0 ? null : Agencies[random.Next(Agencies.Length)],
            AgencyKind: random.Next(6) == 0 ? null : AgencyKinds[random.Next(AgencyKinds.Length)],
            ProvinceCode: level == "province" ? region : null,
            PrefectureCode: level == "prefecture" ? region : null,
            CountyCode: level == "county" ? region : null,
            Year: random.Next(7) == 0 ? null : 2015 + random.Next(7),
            Published: random.Next(5) == 0 ? null : new DateOnly(2016, 1, 1).AddDays(random.Next(2000)),
            Template: Templates[random.Next(Templates.Length)],
            HasFlags: random.Next(3) == 0);
    }

    private static List<int> JoinedAt(NormalizedText normalized, string raw)
    {
        var positions = new List<int>();
        for (var i = 1; i < normalized.Text.Length; i++)
        {
            var gap = raw.AsSpan(normalized.ToRaw(i - 1) + 1, normalized.ToRaw(i) - normalized.ToRaw(i - 1) - 1);
            if (gap.Contains('\n') && normalized.Text[i - 1] != '\n' && normalized.Text[i] != '\n')
            {
                positions.Add(i);
            }
        }

        return positions;
    }
}
