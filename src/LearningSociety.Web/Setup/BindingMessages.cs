using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;

namespace LearningSociety.Web.Setup;

/// <summary>
/// What a typed field says when the text sent cannot become its type ("1e29" or 2147483648 for a whole
/// number, 31/02/2025 for a day): in Vietnamese, naming the field by its display name (which carries its
/// range, e.g. "Năm (1945–2100)") and the value as typed, never the framework's English.
/// </summary>
public static class BindingMessages
{
    public static void UseVietnamese(DefaultModelBindingMessageProvider messages)
    {
        ArgumentNullException.ThrowIfNull(messages);
        messages.SetAttemptedValueIsInvalidAccessor((value, field) => $"{field}: “{value}” không hợp lệ (không đọc được hoặc vượt giới hạn của ô).");
        messages.SetNonPropertyAttemptedValueIsInvalidAccessor(value => $"“{value}” không hợp lệ (không đọc được hoặc vượt giới hạn của ô).");
        messages.SetValueIsInvalidAccessor(value => $"“{value}” không hợp lệ (không đọc được hoặc vượt giới hạn của ô).");
        messages.SetUnknownValueIsInvalidAccessor(field => $"{field}: giá trị đã nhập không hợp lệ.");
        messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => "Giá trị đã nhập không hợp lệ.");
        messages.SetValueMustBeANumberAccessor(field => $"{field} phải là một số.");
        messages.SetNonPropertyValueMustBeANumberAccessor(() => "Ô này phải là một số.");
        messages.SetValueMustNotBeNullAccessor(value => $"Ô này không được để trống (đã gửi “{value}”).");
        messages.SetMissingBindRequiredValueAccessor(field => $"Thiếu giá trị cho {field}.");
        messages.SetMissingKeyOrValueAccessor(() => "Thiếu giá trị.");
        messages.SetMissingRequestBodyRequiredValueAccessor(() => "Biểu mẫu gửi lên trống.");
    }
}
