namespace Archive.Samples.Generation;

/// <summary>
/// What a series report's numbers take over from its report of the year before (series mode): 上年结转 per applicant
/// column from the previous 结转下年度, and 现行有效 of 规章 and 行政规范性文件 from the previous 现行有效. The deltas put
/// a cross-year error in on purpose (0 for none).
/// </summary>
/// <param name="CarriedIn">The previous year's 结转下年度 per applicant column (six, without the total); null when there is none.</param>
/// <param name="RulesInForce">The previous year's 现行有效 规章; null when the previous report has no 2021 table 二.</param>
/// <param name="DocsInForce">The previous year's 现行有效 行政规范性文件; null likewise.</param>
/// <param name="CarriedInColumn">Index of the applicant column whose 上年结转 is off by <see cref="CarriedInDelta"/>, or -1.</param>
/// <param name="DocsInForceDelta">What 现行有效 行政规范性文件 is off by (0 for none).</param>
internal sealed record SeriesCarry(long[]? CarriedIn, long? RulesInForce, long? DocsInForce, int CarriedInColumn = -1, long CarriedInDelta = 0, long DocsInForceDelta = 0);
