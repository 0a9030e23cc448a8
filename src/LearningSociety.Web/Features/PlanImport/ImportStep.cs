namespace LearningSociety.Web.Features.PlanImport;

/// <summary>"Kiểm tra" validates the corrected draft; "Xác nhận lưu" validates and, if nothing is wrong, saves it.</summary>
public enum ImportStep
{
    Check,
    Confirm,
}
