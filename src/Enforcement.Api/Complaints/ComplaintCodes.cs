namespace Enforcement.Api.Complaints;

/// <summary>Complaint categories (loại phản ánh). Codes are the API contract.</summary>
internal static class ComplaintCategories
{
    public const string Counterfeit = "counterfeit";
    public const string Smuggled = "smuggled";
    public const string UnknownOrigin = "unknown_origin";
    public const string IpInfringement = "ip_infringement";
    public const string FoodSafety = "food_safety";
    public const string PriceFraud = "price_fraud";
    public const string EcommerceFraud = "ecommerce_fraud";
    public const string ConsumerDispute = "consumer_dispute";
    public const string Other = "other";

    public static readonly IReadOnlyList<string> All =
        [Counterfeit, Smuggled, UnknownOrigin, IpInfringement, FoodSafety, PriceFraud, EcommerceFraud, ConsumerDispute, Other];
}

internal static class Platforms
{
    public static readonly IReadOnlyList<string> All =
        ["shopee", "lazada", "tiki", "tiktok_shop", "facebook", "sendo", "other"];
}

/// <summary>Public complaint statuses (trạng thái).</summary>
internal static class ComplaintStatuses
{
    public const string Received = "received";
    public const string InReview = "in_review";
    public const string InProgress = "in_progress";
    public const string Referred = "referred";
    public const string Resolved = "resolved";
    public const string Rejected = "rejected";

    public static readonly IReadOnlyList<string> All = [Received, InReview, InProgress, Referred, Resolved, Rejected];
}
