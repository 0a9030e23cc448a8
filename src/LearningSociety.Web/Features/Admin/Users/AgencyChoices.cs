using System.Globalization;

namespace LearningSociety.Web.Features.Admin.Users;

/// <summary>The options the picker shows, and how many agencies matched in all (the list is capped).</summary>
public sealed record AgencyChoices(IReadOnlyList<AgencyOption> Options, int Matched, bool Filtered)
{
    public static AgencyChoices None { get; } = new([], 0, false);

    /// <summary>The line under the picker; also sent to its script, so both read the same.</summary>
    public string Hint
    {
        get
        {
            var vi = CultureInfo.GetCultureInfo("vi-VN");
            if (!Filtered)
            {
                return "Danh sách đang gồm các cơ quan được nêu trong kế hoạch. Gõ tên cơ quan hoặc địa bàn (ví dụ: Long Hựu Đông) để tìm các cơ quan khác, kể cả UBND cấp xã.";
            }

            return Matched switch
            {
                0 => "Không tìm thấy cơ quan, đơn vị nào phù hợp. Hãy thử từ khóa khác.",
                _ when Matched > AgencyPicker.MaxOptions =>
                    $"Hiển thị {AgencyPicker.MaxOptions.ToString("N0", vi)} trong {Matched.ToString("N0", vi)} cơ quan, đơn vị phù hợp. Gõ thêm để thu hẹp.",
                _ => $"Có {Matched.ToString("N0", vi)} cơ quan, đơn vị phù hợp.",
            };
        }
    }
}
