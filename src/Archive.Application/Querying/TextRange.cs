namespace Archive.Application.Querying;

/// <summary>Characters [Start, End) of a text (UTF-16 offsets, as .NET and JavaScript strings index).</summary>
public sealed record TextRange(int Start, int End);
