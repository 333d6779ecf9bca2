namespace Enforcement.Api.Reports.Figures;

/// <summary>
/// A monthly or yearly report's figures (báo cáo kết quả): the JSON contract of
/// <c>GET /api/staff/reports/monthly/{yyyy-MM}</c> and <c>/yearly/{yyyy}</c>, and what CSV, XLSX and PDF print.
/// Aggregates only: nothing in it names a complainant or a member of staff.
/// </summary>
/// <remarks>Kind is <c>monthly</c> or <c>yearly</c>; Period is <c>yyyy-MM</c> or <c>yyyy</c>; From and To are the
/// period's first and last days (inclusive) in the Vietnam calendar.</remarks>
internal sealed record ReportFigures(
    string Kind, string Period, DateOnly From, DateOnly To, DateTime GeneratedAt,
    ViolationFigures Violations, ComplaintFigures Complaints, HandoffFigures Handoffs,
    PeriodComparison PreviousPeriod, PeriodComparison SamePeriodLastYear,
    TargetStatus Target, IReadOnlyList<TrendPoint> Trend, IReadOnlyList<WardRow> ByWard);

/// <summary>Violations handled in the period: records (biên bản), cases, decisions, fines, goods.</summary>
internal sealed record ViolationFigures(
    int Records, int CasesOpened, int CasesClosed, int PenaltyDecisions,
    long FinesImposedVnd, long FinesCollectedVnd, long GoodsValueVnd,
    IReadOnlyList<Breakdown> ByCategory, IReadOnlyList<Breakdown> ByWard, IReadOnlyList<Breakdown> ByChannel,
    IReadOnlyList<Breakdown> ByPlatform, IReadOnlyList<Breakdown> ByTeam);

/// <summary>One row of a breakdown: a code, its label in the report's language, and its figures.</summary>
internal sealed record Breakdown(string Key, string Label, int Records, long FinesImposedVnd, long GoodsValueVnd);

internal sealed record ComplaintFigures(
    int Received, IReadOnlyList<Count> ByChannel, IReadOnlyList<Count> ByCategory,
    int Resolved, int ResolvedOnTime, double? ResolvedOnTimePercent, double? MedianDaysToResolution,
    int Rejected, IReadOnlyList<Count> RejectionReasons);

internal sealed record Count(string Key, string Label, int Value);

internal sealed record HandoffFigures(HandoffCounts Police, HandoffCounts Association, HandoffCounts OtherAgencies);

/// <summary>Handoffs sent in the period and the answers given in it; mediation success is the association's.</summary>
internal sealed record HandoffCounts(
    int Sent, int Accepted, int Returned, int Succeeded, int Failed, int Pending,
    double? SuccessRatePercent, IReadOnlyList<Count> Outcomes);

/// <summary>The same headline figures for another period, and the change to this one.</summary>
internal sealed record PeriodComparison(
    string Period, int Records, int TargetedRecords, long FinesImposedVnd, long GoodsValueVnd, int ComplaintsReceived,
    double? RecordsChangePercent, double? TargetedRecordsChangePercent);

/// <summary>
/// The KPI "reduce counterfeit and smuggling violations by ≥ 10 % a year": the year to date against the goal,
/// projected to the year's end. <see cref="Status"/> is <c>on_track</c> or <c>off_track</c>.
/// </summary>
internal sealed record TargetStatus(
    string Status, string Explanation, int Year, int YearToDate, int SamePeriodLastYear, int LastYearTotal,
    int Goal, int ProjectedYear, double ReductionGoalPercent);

/// <summary>One month of the 24-month trend: targeted records and the monthly share of the year's goal.</summary>
internal sealed record TrendPoint(string Month, int Records, int TargetedRecords, double? TargetLine);

/// <summary>The table by commune/ward.</summary>
internal sealed record WardRow(string WardCode, string WardName, int Records, int TargetedRecords, long FinesImposedVnd, long GoodsValueVnd, int ComplaintsReceived);
