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
};
