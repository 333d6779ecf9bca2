using Enforcement.Evidence.Integrity;

namespace Enforcement.Evidence.Packaging;

/// <summary>README.txt: what the package is and how a recipient verifies it offline, in Vietnamese.</summary>
internal static class PackageReadme
{
    public static string Text(EvidenceManifest manifest, string publicKeyPem, bool hasTimestamp, bool hasWacz)
    {
        var fingerprint = EvidenceSigner.FingerprintOfPem(publicKeyPem) ?? "(không đọc được khóa)";
        var lines = new List<string>
        {
            $"GÓI BẰNG CHỨNG ĐIỆN TỬ — mã {manifest.EvidenceId}",
            "",
            "Gói này chứa bản ghi một trang web do cơ quan quản lý thị trường thu thập, kèm chữ ký số",
            "để người nhận tự kiểm tra rằng không tệp nào bị thay đổi kể từ khi thu thập.",
            "",
            $"Địa chỉ được yêu cầu: {manifest.RequestedUrl}",
            $"Địa chỉ cuối cùng:    {manifest.FinalUrl}",
            $"Thời điểm thu thập:   {EvidenceManifest.FormatTime(manifest.CapturedAt)} (giờ UTC)",
            $"Vân tay khóa công khai (SHA-256): {fingerprint}",
            "",
            "NỘI DUNG",
            "  manifest.json      danh sách tệp thu được, mã băm SHA-256, kích thước và thông tin thu thập",
            "  manifest.json.sig  chữ ký số ECDSA P-256 (SHA-256, dạng DER) trên manifest.json",
            "  public-key.pem     khóa công khai dùng để kiểm tra chữ ký",
            "  custody.jsonl      nhật ký lưu giữ: mỗi dòng một mục, mỗi mục chứa mã băm của mục trước",
            "  artifacts/         các tệp thu được (ảnh chụp màn hình, PDF, HTML, WARC ...)",
        };
        if (hasWacz)
        {
            lines.Add("  capture.wacz       bản lưu trữ web chuẩn WACZ 1.1.1, mở được bằng công cụ xem lại WACZ (ví dụ ReplayWeb.page)");
        }

        if (hasTimestamp)
        {
            lines.Add("  timestamp.tsr      dấu thời gian RFC 3161 của tổ chức cấp dấu thời gian cho manifest.json");
        }

        lines.AddRange(
        [
            "  SHA256SUMS         mã băm SHA-256 của mọi tệp khác trong gói",
            "",
            "CÁCH KIỂM TRA (không cần mạng; Linux có sẵn sha256sum và openssl)",
            "  1. Giải nén gói vào một thư mục trống và mở cửa sổ dòng lệnh tại thư mục đó.",
            "  2. Kiểm tra mọi tệp còn nguyên vẹn:",
            "         sha256sum -c SHA256SUMS",
            "     Mỗi dòng phải kết thúc bằng \"OK\". Dòng \"FAILED\" chỉ ra tệp đã bị thay đổi.",
            "  3. Kiểm tra chữ ký của manifest.json:",
            "         openssl dgst -sha256 -verify public-key.pem -signature manifest.json.sig manifest.json",
            "     Kết quả phải là \"Verified OK\".",
            "  4. Kiểm tra khóa công khai đúng là của cơ quan: lệnh sau in vân tay khóa (không có dấu hai chấm);",
            "     so sánh với vân tay ở trên và với vân tay cơ quan công bố qua kênh chính thức:",
            "         openssl pkey -pubin -in public-key.pem -outform DER | sha256sum",
            "  5. Mã băm \"sha256\" của từng tệp trong manifest.json (đã được ký) phải trùng với dòng",
            "     artifacts/<tên tệp> trong SHA256SUMS: manifest đã ký ràng buộc từng tệp thu được.",
        ]);
        if (hasTimestamp)
        {
            lines.AddRange(
            [
                "  6. Kiểm tra dấu thời gian (cần chứng thư PEM của tổ chức cấp dấu thời gian, lấy từ tổ chức đó):",
                "         openssl ts -verify -data manifest.json -in timestamp.tsr -token_in -CAfile <chứng thư TSA>",
                "     Kết quả phải là \"Verification: OK\".",
            ]);
        }

        lines.AddRange(
        [
            "",
            "Có thể kiểm tra tất cả cùng lúc, kể cả nhật ký lưu giữ và capture.wacz, bằng công cụ của cơ quan:",
            "         enforcement verify <tệp gói .zip>",
            "",
        ]);
        return string.Join('\n', lines);
    }
}
