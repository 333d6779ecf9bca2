using System.Globalization;
using Enforcement.Api.Reports.Figures;

namespace Enforcement.Api.Tests.Reports;

/// <summary>The sentence writes large numbers the Vietnamese way (1.234) and decides with the projection.</summary>
public sealed class TargetExplanationTests
{
    [Fact]
    public void Large_counts_are_written_with_Vietnamese_thousands_separators()
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = new CultureInfo("vi-VN");
        try
        {
            // 1.350 to the end of June against 1.500 a year earlier: 1.350 × 2.400 / 1.500 = 2.160 ≤ floor(2.400 × 0.9) = 2.160.
            var t = new TargetStatus("on_track", "", 2026, 1350, 1500, 2400, 2160, 2160, 10);
            Assert.Equal("Lũy kế từ 01/01/2026 đến 30/06/2026 có 1.350 vụ vi phạm về hàng giả, hàng nhập lậu, giảm 10 % so với cùng kỳ năm 2025 (1.500 vụ); " +
                "dự báo cả năm 2.160 vụ, không vượt mục tiêu tối đa 2.160 vụ (giảm 10 % so với 2.400 vụ năm 2025), nên đạt tiến độ mục tiêu.",
                TargetExplanation.Write(t, new DateOnly(2026, 6, 30), hasBaseline: true));
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
