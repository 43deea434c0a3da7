namespace Archive.Samples.Generation;

/// <summary>
/// A piece of a prose paragraph. Plain text may be wrapped anywhere (not inside a number); a figure or a
/// distractor is kept on one line except at <see cref="BreakAt"/>, where PDF exports do break (政务微信公开政府信息\n\n23条).
/// </summary>
/// <param name="MetricKey">Set for a figure that is a metric of the report (its span becomes the truth source).</param>
/// <param name="Protected">True for figures and distractors: not wrapped inside except at <see cref="BreakAt"/>.</param>
/// <param name="BreakAt">Index inside <see cref="Text"/> where a line break is allowed, or -1.</param>
internal sealed record ProseSegment(string Text, bool Protected, string? MetricKey = null, decimal Value = 0, string? Unit = null, int BreakAt = -1)
{
    public static ProseSegment Plain(string text) => new(text, Protected: false);
}
