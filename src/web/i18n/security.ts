// Audit checkpoints, personal data (export, erasure) and retention.
export const securityEn = {
  checkpoints: {
    download: "Download checkpoints",
    downloaded: "Saved {{count}} signed checkpoints.",
    howTitle: "How to verify offline",
    how1: "Keep the downloaded file somewhere outside this system (your own drive, an e-mail to yourself).",
    how2: "Obtain the public key independently (GET /api/v1/audit/public-key, or from your contract) and compare it with the file's publicKey.",
    how3: "Check it with verifyCheckpointBundle(file, publicKey) from src/shared/audit-bundle.ts: every checkpoint must be signed by that key and each tree must extend the one before it.",
    how4: "Next time, check that the log still extends your newest checkpoint: GET /api/v1/audit/consistency?from=<its tree size> and verifyConsistencyWith. A log that was shortened or rewritten fails.",
    proof: "Proof",
    proofSaved: "Saved the inclusion proof of entry {{seq}}.",
  },
  privacy: {
    menu: "Personal data",
    export: "Export all data (JSON)",
    exported: "Saved all their data.",
    erase: "Erase personal data…",
    eraseTitle: "Erase {{name}}'s personal data?",
    eraseGoes:
      "Goes: name, e-mail, phone and portal accounts; what they wrote (requests, messages, mails) and every file on their tickets. Their name, e-mail and phone are replaced by a pseudonym everywhere else.",
    eraseKeeps:
      "Stays: the tickets with their numbers, dates, product and outcome (for statistics), and the audit log, whose proofs stay valid. The erasure itself is recorded.",
    eraseWarning: "This cannot be undone. Export the data first if the customer asked for a copy.",
    typeName: "Type the customer's name to confirm",
    confirm: "Erase for good",
    erased: "Personal data erased.",
    erasedTag: "Erased {{date}}",
  },
  retention: {
    title: "Data retention",
    description:
      "Checked every night. Counted from the day a ticket was closed; open tickets are never touched. Leave a field empty to keep the data.",
    closedTicketMonths: "Erase closed tickets' personal data after",
    closedTicketMonthsHelp:
      "{{min}}–{{max}} months. The ticket's text, the customer's messages and files go, and their name, e-mail and phone on it; the ticket and its statistics stay.",
    attachmentMonths: "Delete attachments of closed tickets after",
    attachmentMonthsHelp:
      "{{min}}–{{max}} months. The file's contents go; the ticket shows that a file was attached.",
    months: "months",
    keep: "Keep",
  },
  witness: {
    title: "Witness e-mail",
    off: "off",
    description:
      "Each new signed checkpoint is mailed to these addresses (e.g. your notary or board), from the first mailbox that can send. A copy outside our systems is what exposes a log that was later shortened or rewritten.",
    placeholder: "Type an address and press Enter",
    saved: "Witness addresses saved.",
    lastSent: "Last mailed: checkpoint of {{size}} entries, {{at}}.",
    failed: "The last witness mail failed: {{error}}",
    none: "Nothing mailed yet.",
  },
};

export const securityZh: typeof securityEn = {
  checkpoints: {
    download: "下载检查点",
    downloaded: "已保存 {{count}} 个签名检查点。",
    howTitle: "如何离线校验",
    how1: "将下载的文件保存在本系统之外（您自己的磁盘，或发到您自己的邮箱）。",
    how2: "通过独立渠道获取公钥（GET /api/v1/audit/public-key，或合同中约定的公钥），并与文件中的 publicKey 比对。",
    how3: "用 src/shared/audit-bundle.ts 中的 verifyCheckpointBundle(文件, 公钥) 校验：每个检查点都必须由该公钥签名，且每棵树都必须延续前一棵。",
    how4: "下次校验时，确认日志仍延续您保存的最新检查点：GET /api/v1/audit/consistency?from=<其树大小>，再用 verifyConsistencyWith 校验。被截断或改写的日志无法通过。",
    proof: "证明",
    proofSaved: "已保存第 {{seq}} 条记录的包含证明。",
  },
  privacy: {
    menu: "个人信息",
    export: "导出全部数据（JSON）",
    exported: "已保存其全部数据。",
    erase: "删除个人信息…",
    eraseTitle: "删除 {{name}} 的个人信息？",
    eraseGoes:
      "将删除：姓名、邮箱、电话和客户门户账号；客户本人写的内容（请求、消息、邮件）以及其工单上的全部文件。其他地方出现的姓名、邮箱和电话替换为化名。",
    eraseKeeps:
      "将保留：工单及其编号、日期、产品和处理结果（用于统计），以及审计日志——其证明仍然有效。删除操作本身会被记录。",
    eraseWarning: "此操作无法撤销。如客户要求获取副本，请先导出数据。",
    typeName: "请输入客户名称以确认",
    confirm: "永久删除",
    erased: "个人信息已删除。",
    erasedTag: "已于 {{date}} 删除",
  },
  retention: {
    title: "数据保留",
    description: "每晚检查一次。从工单关闭之日起计算；未关闭的工单不受影响。留空表示一直保留。",
    closedTicketMonths: "已关闭工单的个人信息删除期限",
    closedTicketMonthsHelp:
      "{{min}}–{{max}} 个月。删除工单正文、客户的消息和文件，以及工单上的客户姓名、邮箱和电话；工单本身及统计数据保留。",
    attachmentMonths: "已关闭工单的附件删除期限",
    attachmentMonthsHelp: "{{min}}–{{max}} 个月。删除文件内容；工单上仍显示曾有附件。",
    months: "个月",
    keep: "保留",
  },
  witness: {
    title: "见证邮件",
    off: "未开启",
    description:
      "每个新的签名检查点都会从第一个可发信的邮箱发送到这些地址（例如公证人或董事会）。保存在我们系统之外的副本，能揭露日志事后被截断或改写。",
    placeholder: "输入邮箱地址后按回车",
    saved: "见证邮箱已保存。",
    lastSent: "最近一次发送：{{size}} 条记录的检查点，{{at}}。",
    failed: "最近一次见证邮件发送失败：{{error}}",
    none: "尚未发送。",
  },
};
