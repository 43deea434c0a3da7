using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using Archive.Ingest.Extraction;
using Archive.Ingest.Pipeline;
using Archive.Ingest.Tests.Readers.Rendering;
using Archive.Testing;

namespace Archive.Ingest.Tests.Readers;

/// <summary>
/// Mutated documents of every kind, from fixed seeds: each is prepared or refused with an
/// <see cref="IngestException"/> (a reason), never another exception, a hang or a crash. CI runs a short pass;
/// a longer one: <c>ARCHIVE_FUZZ_ITERATIONS=5000 dotnet test tests/Archive.Ingest.Tests --filter ReaderFuzzTests</c>
/// (ARCHIVE_FUZZ_SEED picks another seed).
/// </summary>
public sealed class ReaderFuzzTests
{
    private static readonly int Iterations = int.TryParse(Environment.GetEnvironmentVariable("ARCHIVE_FUZZ_ITERATIONS"), out var n) && n > 0 ? n : 40;
    private static readonly int Seed = int.TryParse(Environment.GetEnvironmentVariable("ARCHIVE_FUZZ_SEED"), out var s) ? s : 20;

    private static readonly ReportPreparer Preparer = new(new ReportExtractor(), new IngestOptions());

    public static TheoryData<string> Kinds() => ["txt", "html", "pdf", "docx"];

    [Theory]
    [MemberData(nameof(Kinds))]
    public void MutatedDocuments_AreReadOrRefusedWithAReason(string kind)
    {
        var random = new Random(Seed + kind.Length);
        var text = File.ReadAllText(TestPaths.SeedFiles[0]);
        var document = TestDocument.FromText("fuzz", text);
        var original = kind switch
        {
            "txt" => Encoding.UTF8.GetBytes(text),
            "html" => Encoding.UTF8.GetBytes(HtmlRenderer.Render(document)),
            "pdf" => DocumentFixtures.Pdf("template2021"),
            _ => DocxRenderer.Render(document),
        };

        var outcomes = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < Iterations; i++)
        {
            var mutated = kind == "docx" ? MutateDocx(original, random) : Mutate(original, random);
            var clock = Stopwatch.StartNew();
            string outcome;
            try
            {
                Preparer.Prepare($"fuzz-{i}.{kind}", mutated);
                outcome = "read";
            }
            catch (IngestException ex)
            {
                outcome = ex.Message.Length > 24 ? ex.Message[..24] : ex.Message;
            }

            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(25), $"{kind} iteration {i} took {clock.Elapsed.TotalSeconds:F1} s");
            outcomes[outcome] = outcomes.GetValueOrDefault(outcome) + 1;
        }

        Assert.Equal(Iterations, outcomes.Values.Sum());
    }

    private static byte[] Mutate(byte[] original, Random random)
    {
        var bytes = new List<byte>(original);
        for (var m = random.Next(1, 6); m > 0 && bytes.Count > 0; m--)
        {
            var at = random.Next(bytes.Count);
            switch (random.Next(5))
            {
                case 0:
                    bytes[at] = (byte)random.Next(256);
                    break;
                case 1:
                    bytes.RemoveRange(at, Math.Min(bytes.Count - at, random.Next(1, 256)));
                    break;
                case 2:
                    var length = Math.Min(bytes.Count - at, random.Next(1, 512));
                    bytes.InsertRange(random.Next(bytes.Count), bytes.GetRange(at, length));
                    break;
                case 3:
                    bytes.InsertRange(at, Enumerable.Range(0, random.Next(1, 64)).Select(_ => (byte)"<[(>])/{}\\"[random.Next(10)]));
                    break;
                default:
                    bytes.RemoveRange(at, bytes.Count - at);
                    break;
            }
        }

        return [.. bytes];
    }

    /// <summary>Mutates word/document.xml and zips it again, so the XML reader, not the zip CRC, meets the damage.</summary>
    private static byte[] MutateDocx(byte[] original, Random random)
    {
        using var input = new ZipArchive(new MemoryStream(original), ZipArchiveMode.Read);
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in input.Entries)
            {
                using var source = entry.Open();
                using var copy = new MemoryStream();
                source.CopyTo(copy);
                var bytes = entry.FullName == "word/document.xml" ? Mutate(copy.ToArray(), random) : copy.ToArray();
                using var target = zip.CreateEntry(entry.FullName).Open();
                target.Write(bytes);
            }
        }

        return output.ToArray();
    }
}
