import { describe, expect, it } from 'vitest';
import { classify } from '../../src/classify/classify.js';
import { builtinVocabulary, loadVocabulary } from '../../src/classify/vocabulary.js';
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { patternsDir } from '../../src/detect/catalogueFiles.js';
import type { DataRecord } from '../../src/types.js';
import { detector } from '../helpers.js';

const v = builtinVocabulary();
const row = (cells: Record<string, string>): DataRecord => ({ sheet: null, index: 1, fields: Object.entries(cells).map(([name, value]) => ({ name, value })) });
const line = (text: string): DataRecord => ({ sheet: null, index: 1, fields: [{ name: null, value: text }] });

describe('classify', () => {
  it.each([
    [{ 姓名: '张伟', 诊断: '高血压' }, 'health'],
    [{ 姓名: '张伟', 入住时间: '2026-11-01', 房号: '302' }, 'accommodation'],
    [{ 手机: '13812345678', 经度: '116.4', 纬度: '39.9' }, 'track'],
    [{ 手机: '13812345678', 订单号: 'A1', 金额: '9.9' }, 'transaction'],
    [{ 姓名: '张伟', 账户余额: '100' }, 'property'],
    [{ 参保人姓名: '毛雨娟', '个人账户累计储存额(元)': '2028.16' }, 'property'],
    [{ 姓名: '张伟', 贷款金额: '100', 逾期天数: '3' }, 'credit'],
    [{ 团长姓名: '秦龙国', '可提现佣金(元)': '6672.25' }, 'property'],
    [{ 派遣员工姓名: '苏文', '预支工资总额(元)': '265571', '预支工资逾期未扣回(元)': '478' }, 'credit'],
    // A Sesame credit score, and the deposit-free limit it grants, are credit information.
    [{ 持证人姓名: '陈平', '芝麻分(信用借还准入)': '832' }, 'credit'],
    [{ 持证人姓名: '陈平', '信用免押额度(元)': '13425' }, 'credit'],
    [{ 持证人姓名: '陈平', '借阅册数(本)': '13' }, 'general'],
    // What a judgment's debtor has not paid, and how able he is to, is credit.
    [{ '亲属姓名(登记)': '林娟国', '未履行金额(财产刑,元)': '832', '财产性判项金额(元)': '211630' }, 'credit'],
    [{ '亲属姓名(登记)': '林娟国', 履行能力评估分: '769' }, 'credit'],
    [{ 主叫号码: '13812345678', 被叫号码: '13912345678', '通话时长(秒)': '30' }, 'communication_record'],
    [{ 手机: '13812345678', 短信内容: '验证码' }, 'communication_content'],
    [{ 姓名: '张伟', 手机: '13812345678' }, 'general'],
    // Notes that name the system a column comes from say nothing of what it holds; notes that name a thing do.
    [{ '会员登录名(交易大厅)': 'user235238', 姓名: '周娜' }, 'general'],
    [{ '会员登录名(交易流水)': 'user235238', 姓名: '周娜' }, 'transaction'],
    // An agent's staff number names who works a seat, not a call.
    [{ 邮箱: 'liu_lei24@foxmail.com', 'collector_code(坐席工号)': 'user757697', 'last_login_ip(作业平台)': '36.63.204.159' }, 'general'],
  ])('%j is %s', (cells, category) => {
    expect(classify(row(cells), v)).toBe(category);
  });
  it('ignores a category column that is empty', () => {
    expect(classify(row({ 姓名: '张伟', 诊断: '' }), v)).toBe('general');
  });
  it('reads free text: a guest in a hotel named by its chain, a service order', () => {
    expect(classify(line('2026-03-01 10:00许，锦江之星前台报警称：302房住客张伟（联系电话13812345678）反映房内财物被盗'), v)).toBe('accommodation');
    expect(classify(line('携号转网申请：机主张伟，携出号码13812345678，待携入方受理。'), v)).toBe('transaction');
    expect(classify(line('当户沈玉 13358381282 称已续当，当物到期后被转绝当并售出，要求按估值赔偿'), v)).toBe('transaction');
  });
  it('reads free text: a hotel check-in in a log line', () => {
    expect(classify(line('用户张伟(13812345678)于2026-11-01 14:03入住汉庭酒店302房'), v)).toBe('accommodation');
    expect(classify(line('login ok user=13812345678'), v)).toBe('general');
  });
});

describe('classify: spellings of other exports', () => {
  it('reads a Latin keyword as a word of the text, not inside a longer one', () => {
    expect(classify(line('cmd=ssh -o StrictHostKeyChecking=no user090406@112.76.199.107 login 13812345678'), v)).toBe('general');
    expect(classify(line('{"checkinTime":"2026-03-01 14:00","mobile":"13812345678"}'), v)).toBe('accommodation');
    expect(classify(line('event=hotel_checkin mobile=13812345678'), v)).toBe('accommodation');
    // A segment of a dotted name is the code that logged the line, not a word of it.
    expect(classify(line('INFO Kiosk.Checkin.FfpIdentifyStep [PEK-T3-K17] member=user128883 pwd=Zw447814! kioskIp=202.9.158.152'), v)).toBe('general');
    expect(classify(line('INFO guest checkin. mobile=13812345678'), v)).toBe('accommodation');
  });
  it('takes an arrival or a lock\'s position named in a complaint for its subject, not for track data', () => {
    expect(classify(line('旅客陈超娟 17080483631 称LU8633航班延误，400元延误补偿至今未到账；到达后托运行李箱拉杆断裂，要求赔偿'), v)).toBe('transaction');
    expect(classify(line('用户 13812345678 申请退还99元押金至今未到账，关锁后仍被收取调度费，要求核查关锁定位'), v)).toBe('transaction');
    expect(classify(line('设备 13812345678 位置上报 2026-03-01 10:00'), v)).toBe('track');
  });
  it('reads a remaining amount as a balance: property, not a payment', () => {
    expect(classify(row({ 姓名: '张伟', 手机: '13812345678', '疗程卡剩余金额(元)': '7285.82' }), v)).toBe('property');
    expect(classify(row({ 姓名: '张伟', 手机: '13812345678', '实付金额(元)': '291' }), v)).toBe('transaction');
  });
  it('takes a trip, a balance or wages named in a complaint for its subject, not for track or property data; a column of them stays', () => {
    expect(classify(line('工单：客户莫峰海 15312387407 反映同一行程ETC扣费两次共计186元，要求退还多扣通行费'), v)).toBe('transaction');
    expect(classify(line('工友夏国子 18015194185 反映用工资卡给饭卡充值300元，银行卡已扣款但饭卡余额未变，要求退回'), v)).toBe('transaction');
    expect(classify(line('【某银行】您尾号8310的账户余额为12,345.67元 张伟 13812345678'), v)).toBe('property');
    expect(classify(row({ 姓名: '张伟', 手机: '13812345678', 行程: '杭州东-诸暨' }), v)).toBe('track');
    expect(classify(row({ 姓名: '张伟', 手机: '13812345678', 工资: '8000' }), v)).toBe('property');
  });
  it('reads 邮件内容 as a postal item\'s contents, not a mail\'s text; postage and fees are payments', () => {
    const posted = row({ 收件学员: '范婷志', 收件学员电话: '17611583176', EMS邮件号: 'EA123456785CN', 邮件内容: '驾驶证' });
    expect(classify(posted, v, detector().detect(posted))).toBe('transaction');
    expect(classify(row({ 收件学员: '黎辉勇', 收件学员电话: '17090799387', '邮资(元)': '12' }), v)).toBe('transaction');
    expect(classify(row({ 发件人: '13812345678', 邮件正文: '明天下午三点见' }), v)).toBe('communication_content');
  });
  it('reads a clinic\'s charge to a patient as a payment, and a campus column\'s pinyin initials as written', () => {
    expect(classify(row({ '收件人(患者本人)': '韩宇思', 收费单号: '4951014709959471', '收费项目/耗材名称': '鲁花', '院区(门诊部)': '良品铺子' }), v)).toBe('transaction');
    expect(classify(row({ 姓名: '韩宇思', 手机: '18573279986', 'yq_city(院区城市)': '奉贤' }), v)).toBe('general');
  });
  it('reads an English abbreviation in a column name with Han notes: wallet_bal(回收钱包,元) is a balance', () => {
    expect(classify(row({ 客户名称: '孙超涛', 联系电话: '18725814337', 'wallet_bal(回收钱包,元)': '85375.03' }), v)).toBe('property');
  });
  it('reads a message callback logged as key=value pairs (MsgType=text) as a message\'s content', () => {
    const callback = '2026-09-28 10:32:08.118 [I] [kf_callback.go:142] 小程序客服消息 openid=oT3xq5Kc8mZ1fL0a9vRn2YbWdE4s member=史波芳 member_mobile=19525665888 MsgType=text Content=收到，谢谢';
    expect(classify(line(callback), v)).toBe('communication_content');
    // an event push (a follow, a menu click) carries no message
    expect(classify(line(callback.replace('MsgType=text Content=收到，谢谢', 'MsgType=event Event=subscribe')), v)).toBe('general');
  });
  it('reads a late delivery as no credit record: only overdue debts are (逾期还款, 账单逾期)', () => {
    expect(classify(line('新人汤飞勇 15597782933 称婚纱照合同约定90天内交付，至今逾期两个月未收到相册，要求退还定金'), v)).toBe('transaction');
    expect(classify(line('客户张伟 13812345678 信用卡账单逾期3天'), v)).toBe('credit');
  });
  it('reads an SQL INSERT into a table of messages as a message\'s content', () => {
    const insert = "INSERT INTO \"t_group_msg\" VALUES(87341,'zzq_qx_shz','白沙镇站长交流群','第五琳','18203632481',1,'明天下午三点见','2026-07-23 11:58:06',0);";
    expect(classify(line(insert), v)).toBe('communication_content');
    expect(classify(line(insert.replace('t_group_msg', 't_station_member')), v)).toBe('general');
  });
  it('reads a terminal\'s 签到 (signing on) as no track: a position is', () => {
    const signOn = 'I2026-06-10 04:14:33.118204  4417 sign_on.cc:203] SIGN_ON from 114.191.187.24:50213 req { operator_id: "user237907" operator_pwd: "pass880110@" } rc=0000 msg=签到成功';
    expect(classify(line(signOn), v)).toBe('general');
    expect(classify(line('2026-06-10 04:14 设备862012345678903 位置上报 30.2741,120.1551'), v)).toBe('track');
  });
  it('reads a call centre\'s off-hook time (摘机时间) as a call, and a listing\'s city as no track whatever its note says', () => {
    expect(classify(row({ '来电号码(ANI)': '18176779024', 摘机时间: '2026-01-23 06:59' }), v)).toBe('communication_record');
    expect(classify(row({ '收货人手机(买家)': '15291545765', '发布城市(定位)': '南江' }), v)).toBe('general');
  });
  it('reads a hotel PMS\'s FIAS guest record (a check-in, change or check-out) as a stay', () => {
    expect(classify(line('RX <STX>GI|RN102|G#12345666|GTMr.|GFAndreas|GN黄文云|GLEA|GV0|A015668956072|<ETX>'), v)).toBe('accommodation');
    expect(classify(line('TX LOGI|RN102|GN黄文云|A015668956072|'), v)).toBe('general');
  });
  it('reads a profile\'s standing setting (默认收货地址) as no party to a sale, even beside a seller', () => {
    const classified = (cells: Record<string, string>): string => classify(row(cells), v, detector().detect(row(cells)));
    const seller = { 企业卖家座机: '0766 66157758', 'realname(实名认证)': '魏强' };
    const address = '内蒙古自治区通辽市科尔沁区电厂街道翠苑小区60号';
    expect(classified({ ...seller, '默认收货地址(买家)': address })).toBe('general');
    expect(classified({ ...seller, '收货地址(买家)': address })).toBe('transaction');
  });
  it('reads an amount receivable (应收) as a payment', () => {
    expect(classify(row({ '收货人(门店/车主)': '高怡', '收货手机(门店/车主)': '15190762345', '应收合计(元)': '218' }), v)).toBe('transaction');
  });
  it('reads money that has not arrived and a trade-in as transactions', () => {
    expect(classify(line('客户曾刚兰 15972156743 称旧机回收款至今未到账'), v)).toBe('transaction');
    expect(classify(line('客户曾刚兰 15972156743 称到店以旧换新时旧机被压价'), v)).toBe('transaction');
  });
  it('reads a column name\'s head before its notes, and its notes when the head says nothing', () => {
    const base = { 面签住宿人: '顾燕凯', 学生手机: '18223457764' };
    expect(classify(row({ ...base, '入住时间(面签行程)': '2026-09-19 02:36' }), v)).toBe('accommodation');
    expect(classify(row({ ...base, '时间(入住)': '2026-09-19 02:36' }), v)).toBe('accommodation');
  });
  it('takes no category from the name of a note column or of the row\'s own bookkeeping time', () => {
    const base = { 姓名: '张伟', 手机: '13812345678' };
    expect(classify(row({ ...base, 护理交班备注: '老客户', 入院建档时间: '2026-02-26 10:29' }), v)).toBe('general');
    // nor from a note column's notes: what may be noted is not what the record holds
    expect(classify(row({ ...base, '发型师备注(发质/过敏史)': 'VIP' }), v)).toBe('general');
    // The event's own time still says what the record is.
    expect(classify(row({ ...base, 入院时间: '2026-02-26 10:29' }), v)).toBe('health');
  });
  it('reads a column name in traditional characters or with abbreviated words', () => {
    expect(classify(row({ CUST_NM: '张伟', BAL_AMT: '100.00' }), v)).toBe('property');
    expect(classify(row({ XM: '张伟', KNYE: '46635.12' }), v)).toBe('property');
    expect(classify(row({ truename: '张伟', 付款卡号: '6222021234567890128', CZYE: '46635.12' }), v, detector().detect(row({ truename: '张伟', 付款卡号: '6222021234567890128', CZYE: '46635.12' })))).toBe('property');
    expect(classify(row({ XM: '张伟', RZSJ: '2026-01-01 10:00', FJH: '302' }), v)).toBe('accommodation');
    expect(classify(row({ 姓名: '張偉', 診斷結果: '高血压' }), v)).toBe('health');
  });
  it('reads free text in traditional characters', () => {
    expect(classify(line('客戶張偉（手機13812345678）來電反映包裹遺失'), v)).toBe('transaction');
  });
  it('reads a chat export whose speaker line has the number in angle brackets and the message on the next line', () => {
    expect(classify(line('梁思雨<15812345678> 2026-03-02 09:15\n收到，谢谢'), v)).toBe('communication_content');
  });
  it('reads a QQ-style chat line (time, then speaker and number, message on the next line) and a chat table of 发言人/会话内容', () => {
    expect(classify(line('2026-03-02 09:15:20 梁思雨(15812345678)\n收到，谢谢'), v)).toBe('communication_content');
    expect(classify(line('2026-03-02 09:15:20 系统升级完成\n请重新登录'), v)).not.toBe('communication_content');
    expect(classify(row({ 发言人: '梁思雨', 会话内容: '收到，谢谢', 会话时间: '2026-03-02 09:15' }), v)).toBe('communication_content');
  });
  it('reads a mail-style chat line (speaker and number, then time, then the message after a label) and a 留言 table', () => {
    expect(classify(line('From: 武平 <18370718155>  Sent: 2026-09-22 20:48  Msg: 收到，谢谢'), v)).toBe('communication_content');
    expect(classify(line('2026-09-22 20:48 来自武平（18370718155）的留言：明天见'), v)).toBe('communication_content');
    expect(classify(line('武平(18370718155) 2026-09-22 20:48 login ok'), v)).not.toBe('communication_content');
    expect(classify(line('2026-09-22 20:48 | 武平 | 18370718155 | 收到，谢谢'), v)).toBe('communication_content');
    expect(classify(line('2026-09-22 20:48 【访客】武平（手机号：18370718155）：明天下午三点见'), v)).toBe('communication_content');
    expect(classify(line('客服工单 18370718155 | 客户说：你们什么时候到啊'), v)).toBe('communication_content');
    expect(classify(line('18370718155 | 状态：处理完成'), v)).not.toBe('communication_content');
    expect(classify(line('[风控复审] 2026-04-21 05:32 用户“叶慧龙”（实名手机 17050622727）私聊：「晚上一起吃饭吗」 处置结果：正常'), v)).toBe('communication_content');
    expect(classify(line('2026-09-22 20:48 | 武平 | 18370718155 | 200 OK'), v)).not.toBe('communication_content');
    expect(classify(row({ 留言人: '武平', 联系方式: '18370718155', 留言: '明天下午三点见' }), v)).toBe('communication_content');
  });
  it('takes a coordinate column for a track whatever its name, and coordinates after 东经/北纬 in a line', () => {
    const categoryOf = (record: DataRecord): string => classify(record, v, detector().detect(record));
    expect(categoryOf(row({ 设备识别码: '860123456789014', 联系方式: '13812345678', 北纬: '31.230416', 东经: '121.473701' }))).toBe('track');
    expect(categoryOf(line('2026-03-01 08:15 设备860123456789014（绑定13812345678）当前位置 东经121.473701 北纬31.230416'))).toBe('track');
    expect(categoryOf(row({ 联系方式: '13812345678', 单价: '12.345678' }))).toBe('general');
  });
  it('reads the value of a column whose name says nothing: a hotel, a diagnosis, a department, an utterance', () => {
    expect(classify(row({ 宾客: '周峰华', 手机: '13812345678', 门店: '如家快捷酒店' }), v)).toBe('accommodation');
    expect(classify(row({ 宾客: '周峰华', 手机: '13812345678', 门店: '锦江之星' }), v)).toBe('accommodation');
    expect(classify(row({ 姓名: '周峰华', 手机: '13812345678', 结论: '2型糖尿病' }), v)).toBe('health');
    expect(classify(row({ 姓名: '周峰华', 手机: '13812345678', 去向: '皮肤科' }), v)).toBe('health');
    expect(classify(row({ 姓名: '周峰华', 手机: '13812345678', 文本: '晚上一起吃饭吗' }), v)).toBe('communication_content');
    expect(classify(row({ 姓名: '周峰华', 手机: '13812345678', 文本: '明天下午三点见' }), v)).toBe('communication_content');
    expect(classify(row({ 手机: '13812345678', 类型: '主叫' }), v)).toBe('communication_record');
    expect(classify(row({ 姓名: '周峰华', 手机: '13812345678', 类型: '大床房' }), v)).toBe('accommodation');
    expect(classify(row({ 姓名: '周峰华', 手机: '13812345678', 结果: '阳性' }), v)).toBe('health');
    expect(classify(row({ 姓名: '周峰华', 手机: '13812345678', 状态: '已签收' }), v)).toBe('transaction');
  });
  it('does not read values under a column of free words, things or organisations, nor values that are no such fact', () => {
    expect(classify(row({ 姓名: '周峰华', 手机: '13812345678', 备注: '晚上一起吃饭吗' }), v)).toBe('general');
    expect(classify(row({ 姓名: '周峰华', 手机: '13812345678', 单位: '如家酒店' }), v)).toBe('general');
    expect(classify(row({ 姓名: '周峰华', 手机: '13812345678', 工作单位: '如家酒店管理有限公司' }), v)).toBe('general');
    expect(classify(row({ 姓名: '周峰华', 手机: '13812345678', 学历: '本科', 状态: '已收到' }), v)).toBe('general');
    expect(classify(row({ 姓名: '周峰华', 手机: '13812345678', 审核: '无意见' }), v)).toBe('general');
    expect(classify(row({ 姓名: '周峰华', 手机: '13812345678', 店铺: '如家快捷酒店' }), v)).toBe('general');
  });
  it('reads the values of a line\'s key/value pairs and delimited cells like column values', () => {
    expect(classify(line('LKXM:李珍|LXDH:18621176726|LGMC:锦江之星|FJH:589|RZSJ:2026-02-24 11:50'), v)).toBe('accommodation');
    expect(classify(line('{"from_name":"龚思萍","from_mobile":"13751265671","text":{"content":"晚上一起吃饭吗"}}'), v)).toBe('communication_content');
    expect(classify(line('{"user":"13751265671","remark":"晚上一起吃饭吗"}'), v)).toBe('general');
    expect(classify(line('2026-01-12 19:28:26\t谢雨\t+86 15758600052\t单聊\t文本\t晚上一起吃饭吗'), v)).toBe('communication_content');
    expect(classify(line('<div class="msg"><span class="nick">谢雨（15758600052）</span> <span class="time">2026-01-12 19:28</span><p class="content">明天下午三点见</p></div>'), v)).toBe('communication_content');
    expect(classify(line('{"msgtype":"markdown","markdown":{"text":"差旅入住提醒 出差人：谢雨 手机：15758600052"}}'), v)).toBe('accommodation');
    expect(classify(line('wxkf receive member=谢雨 mobile=15758600052 body=<xml><MsgType><![CDATA[text]]></MsgType><Content><![CDATA[明天下午三点见]]></Content></xml>'), v)).toBe('communication_content');
    expect(classify(line('{"msgtype":"text","from":"15758600052","text":{"content":"好"}}'), v)).toBe('communication_content');
    // A tracker's push whose position sits in IPSO datastreams says its time of location.
    const onenet = '看护终端数据推送 body={"msg":[{"imei":"863077172910402","ds_id":"3336_0_5513","value":25.177046}]} bindMsisdn=13893271732 locTime=2026-02-09 19:33:41';
    expect(classify(line(onenet), v)).toBe('track');
    expect(classify(line(onenet.replace('locTime', 'pushTime')), v)).toBe('general');
    // A courier (快递员) logging in at a locker is no parcel; a parcel is.
    const courier = '柜机端快递员登录 loginName=user977450 loginPwd=Zw4501@ remote_addr=120.7.227.111 result=ok';
    expect(classify(line(courier), v)).toBe('general');
    expect(classify(line(courier.replace('快递员登录', '快递入柜')), v)).toBe('transaction');
    // An organisation named for a fund (住房公积金管理中心) sending a check-in notice holds no one's fund.
    const notice = '云MAS短信提交 {"ecName":"市住房公积金管理中心","mobiles":"13778329782","content":"覃英浩您好，您已于2026-05-16 05:46办理入住如家快捷酒店996房"}';
    expect(classify(line(notice), v)).toBe('accommodation');
    expect(classify(line(notice.replace('管理中心', '账户已冻结')), v)).toBe('property');
    // A warranty claim and an auto-debited fee are about a purchase.
    expect(classify(line('WarrantyClaim(customerName=李洋颖, phone=19183602074, content=保修期内第二次没声音，之前交的300元延保费系统里也查不到)'), v)).toBe('transaction');
    expect(classify(line('{"name":"高颖","mobile":"17879172214","content":"3月又收到续费短信，签约银行卡被自动代扣1600元，要求退回重复扣费"}'), v)).toBe('transaction');
    // A fuel card charged twice for one fill-up (补扣 after a grey card, 多扣) is a purchase gone wrong.
    const grey = 'holder_name="高颖" holder_mobile=17879172214 detail="加油机提示灰卡，站里说下次插卡会自动补扣，结果又被扣了300元，要求退回"';
    expect(classify(line(grey), v)).toBe('transaction');
    expect(classify(line(grey.replace('自动补扣', '自动处理')), v)).toBe('general');
    expect(classify(line('holder_name="高颖" holder_mobile=17879172214 detail="同一笔多扣了300元"'), v)).toBe('transaction');
    // A webhook that calls its payload a message is one, though the page it came from names an order.
    const meiqia = '美洽消息推送 body={"event":"message","data":{"content":"收到，谢谢","from":"client","client":{"name":"周凯芳","tel":"15344369370","source":"租车App-订单详情页"}}}';
    expect(classify(line(meiqia), v)).toBe('communication_content');
    expect(classify(line(meiqia.replace('"event":"message"', '"event":"order_paid"')), v)).toBe('transaction');
    expect(classify(line('{"type": "message", "user": "15344369370", "text": "订单收到了吗"}'), v)).toBe('communication_content');
    // Easemob's message callback says it is a chat in eventType and chat_type, whatever its fields are called.
    const easemob = '收到环信回调 {"eventType":"chat","chat_type":"groupchat","from":"u15344369370","payload":{"text":"收到"},"ext":{"nickname":"周凯芳","mobile":"15344369370"}}';
    expect(classify(line(easemob), v)).toBe('communication_content');
    expect(classify(line(easemob.replace('"eventType":"chat","chat_type":"groupchat"', '"eventType":"login","chat_type":"none"')), v)).toBe('general');
    // A mail as Microsoft Graph returns it.
    expect(classify(line('{"subject":"RE: 签证材料清单","bodyPreview":"明天下午三点见\\r\\n学生家长 顾娜国\\r\\n电话：13568560705","from":{"emailAddress":{"name":"顾娜国"}}}'), v)).toBe('communication_content');
    expect(classify(line('2026-07-15 00:36:08 INFO bot Message#Text[🗣Contact<12-1302 邱婷婷 17092634921>@👥Room<翠湖园业主1群>] 明天下午三点见'), v)).toBe('communication_content');
    expect(classify(line('2026-07-15 00:36:08 INFO bot Contact<12-1302 邱婷婷 17092634921> joined Room<翠湖园业主1群>'), v)).toBe('general');
    expect(classify(line('"S2026031412310887","2026-01-05 16:30:08","访客","覃洋琳","18634313883","文本","明天下午三点见"'), v)).toBe('communication_content');
  });
  it('reads in the name of a column that holds an entity only its role, and only when nothing else speaks', () => {
    const categoryOf = (record: DataRecord): string => classify(record, v, detector().detect(record));
    expect(categoryOf(row({ 机主姓名: '汪轩阳', 还款卡号: '6222021234567890128', 服务号码: '13751265671', 卡内余额: '100.00' }))).toBe('property');
    expect(categoryOf(row({ 机主姓名: '汪轩阳', 还款卡号: '6222021234567890128', 服务号码: '13751265671' }))).toBe('general');
    expect(categoryOf(row({ 用户姓名: '汪轩阳', 电子账单邮箱: 'wang@example.com', 服务号码: '13751265671' }))).toBe('general');
    expect(categoryOf(row({ 寄件人电话: '13751265671', 收件人电话: '13812345678' }))).toBe('transaction');
    expect(categoryOf(row({ 本机号码: '13751265671', 对方号码: '13812345678', 开始时间: '2026-02-24 11:50' }))).toBe('communication_record');
    // A call's start time in pinyin initials (呼叫开始时间) says it is a call, beside a callee alone.
    expect(categoryOf(row({ 'BJHM(意向家长)': '16677350835', HJKSSJ: '2026-10-04 05:37' }))).toBe('communication_record');
    expect(categoryOf(row({ 'BJHM(意向家长)': '16677350835', DJSJ: '2026-10-04 05:37' }))).toBe('general');
    expect(categoryOf(row({ 借款人姓名: '汪轩阳', 借款人身份证号: '513433198809081320', 注册手机号: '13751265671' }))).toBe('general');
    expect(categoryOf(row({ caller_id_number: '13751265671', destination_number: '13812345678', start_stamp: '2026-02-24 11:50', billsec: '63' }))).toBe('communication_record');
    // A softswitch's bridged leg (FreeSWITCH bridge_stamp, a call centre's bridgeTime) is a call.
    expect(categoryOf(row({ clientNumber: '15513265657', customerNumber: '18542319224', bridgeDuration: '1663', bridgeTime: '2026-01-25 05:48' }))).toBe('communication_record');
    // A hotline's 来电号码 is the calling party, the one who 接听s it the called.
    expect(categoryOf(row({ 接听估价师手机: '18836469558', '应答时间(回收热线)': '2026-01-08 12:22', '来电号码(上门回收热线)': '17649435772' }))).toBe('communication_record');
  });
  it("takes a role for the kind of record only beside its counterpart's: one party alone is a profile", () => {
    const categoryOf = (record: DataRecord): string => classify(record, v, detector().detect(record));
    expect(categoryOf(row({ buyerName: '罗军', buyerTelephone: '17064446644', 默认收货地址: '河北省唐山市遵化市堡子店镇和平小区7栋3单元1004室' }))).toBe('general');
    expect(categoryOf(row({ 收件人: '罗军', 收件人电话: '17064446644' }))).toBe('general');
    expect(categoryOf(row({ 买家姓名: '罗军', 买家手机: '17064446644', 卖家手机: '13812345678' }))).toBe('transaction');
  });
});

describe('vocabulary files', () => {
  it('refuse a role whose category is no category, naming the role', () => {
    const dir = mkdtempSync(join(tmpdir(), 'piscan-vocab-'));
    copyFileSync(join(patternsDir(), 'categories.json'), join(dir, 'categories.json'));
    writeFileSync(join(dir, 'roles.json'), JSON.stringify({ roles: [{ id: 'caller', category: 'calls', words: ['主叫'] }] }));
    expect(() => loadVocabulary(join(dir, 'categories.json'))).toThrow(/roles with an unknown category: caller/);
  });
  it('refuse a role with a category but no counterpart role, naming the role', () => {
    const dir = mkdtempSync(join(tmpdir(), 'piscan-vocab-'));
    copyFileSync(join(patternsDir(), 'categories.json'), join(dir, 'categories.json'));
    writeFileSync(join(dir, 'roles.json'), JSON.stringify({ roles: [{ id: 'caller', category: 'communication_record', counterpart: 'callee', words: ['主叫'] }] }));
    expect(() => loadVocabulary(join(dir, 'categories.json'))).toThrow(/roles with a category need a counterpart role: caller/);
  });
});
