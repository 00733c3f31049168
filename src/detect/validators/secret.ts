// Passwords: any value in a password column or after a password label, except the
// placeholders exports write instead of a secret (masked stars, null, "未设置"), a flag
// under a key that ends in pass (season_pass=true), a script's cmdlet and words in Han.
const PLACEHOLDERS = new Set(['null', 'none', 'n/a', '无', '空', '未设置', '已隐藏', 'hidden', 'password', '密码', 'true', 'false', 'undefined']);

/** A PowerShell cmdlet name (ConvertTo-SecureString after `$pw =`) is the code that makes the secret, not the secret. */
const CMDLET = /^(?:Add|Clear|Convert|ConvertFrom|ConvertTo|Export|Get|Import|Invoke|New|Out|Read|Remove|Set|Start|Write)-[A-Z][A-Za-z]+$/;

/** Han characters only: a status or a word (shorePass: 登陆证已签发, 已重置), not what a keyboard types as a password. */
const HAN_ONLY = /^[\p{Script=Han}，。、（）()]+$/u;

export function isSecretValue(value: string): boolean {
  const v = value.trim();
  return v.length >= 4 && !/^[*•xX]+$/.test(v) && !PLACEHOLDERS.has(v.toLowerCase()) && !CMDLET.test(v) && !HAN_ONLY.test(v);
}
