using LearningSociety.Web.Features.Shared;

namespace LearningSociety.Web.Features.Reports;

/// <summary>One report as its downloads print it: the form's content plus who issues it and on what day.</summary>
/// <param name="Date">The day the report was submitted (Vietnam), or today while it is not.</param>
public sealed record ReportDocument(ReportFormModel Form, OfficialIssuer Issuer, IReadOnlyList<string> SignatureTitles, DateOnly Date)
{
    /// <summary>"Kết quả thực hiện Kế hoạch số 770/KH-UBND năm 2024"; a period not named by its year reads "kỳ …".</summary>
    public string Title
    {
        get
        {
            var name = Form.PeriodName;
            var period = name.StartsWith("Năm ", StringComparison.Ordinal) || name.StartsWith("Quý ", StringComparison.Ordinal)
                ? char.ToLower(name[0], System.Globalization.CultureInfo.GetCultureInfo("vi-VN")) + name[1..]
                : "kỳ " + name;
            return $"Kết quả thực hiện Kế hoạch số {Form.Plan} {period}";
        }
    }

    public string FileName(string extension) =>
        DownloadName.Disposition($"Báo cáo - {Form.Agency} - {Form.PeriodName}", extension);
}
