namespace Archive.Ingest.Tests.Readers.Rendering;

/// <summary>A paragraph (<see cref="Text"/>) or a table (<see cref="Rows"/>) of a test document.</summary>
public sealed record TestBlock(string? Text, IReadOnlyList<IReadOnlyList<TestCell>>? Rows)
{
    public static TestBlock Paragraph(string text) => new(text, null);

    public static TestBlock Table(IReadOnlyList<IReadOnlyList<TestCell>> rows) => new(null, rows);
}
