/** Files people attach (佐证材料, 申请材料, 会议纪要): the office formats, 10 MB each. */
export const ATTACHMENT_MAX_BYTES = 10 * 1024 * 1024;
export const ATTACHMENT_EXTENSIONS = ['pdf', 'doc', 'docx', 'xls', 'xlsx', 'ppt', 'pptx', 'jpg', 'jpeg', 'png', 'txt', 'zip', 'ofd'] as const;
export type AttachmentExtension = (typeof ATTACHMENT_EXTENSIONS)[number];
