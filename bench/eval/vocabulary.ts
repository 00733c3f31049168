// Column names and free-text phrasings of the corpus, in three spellings: `dev` is what the
// catalogue was developed against; `heldout` was written with it, before any run — its
// first result is in the README, and the catalogue was then improved on its failures, so
// it is no longer held out; `heldout2` was written after that first held-out run and before
// any change that followed it, and `heldout3` … `heldout6` likewise after the first run of
// the one before; `heldout7` (system column names, traditional characters, numbered and
// bracketed template headers) after heldout6's fixes; `heldout8` (official and industry
// terms — 公民身份号码, SF-style 寄方/收方, GIS X/Y坐标, 串号 — and bank, QQ and 12345-hotline
// export lines) after heldout7's; `heldout9` (government and bureau exports, hospital HIS
// columns, English e-commerce back-office exports and mixed-language headers; mail-style chat
// lines, URL-query logins, 东经/北纬 GPS lines, 信访 registrations) after heldout8's; `heldout10` (telecom BOSS and call-detail exports,
// ride-hailing and logistics TMS, 旅馆业 upload fields in pinyin initials, consumer-finance and
// collections, LIS and physical-exam centres, Taobao and payment exports; 企业微信-archive chat
// lines, syslog logins, JT808 terminal lines, Alipay callback query strings) after heldout9's
// fixes; `heldout11` (bank core and credit-card centre, car-insurance CRM, Taobao/PDD seller and
// food-delivery exports, a FreeSWITCH CDR, 公安 场所 and hotel-PMS, EMR/HIS and HR columns;
// SMS-gateway hotel notices, customer-service IM lines, Spring/Lombok login logs, MQTT watch
// payloads, ride-hailing complaints) after heldout10's fixes; `heldout12` (公积金 and 医保 centres,
// property-management arrears and repair lines, car-rental and parking systems, broadband
// installation and number portability, a call-centre ANI/DNIS export, WeCom and ERP columns,
// courier 驿站/EMS forms, an airline DCS, a 网格化 registry, OpenRTB and Kafka fields; 接处警
// narratives, app-moderation lines, Nginx JSON and Android logcat lines, a Kafka consumer record)
// after heldout11's fixes; `heldout13` (Hong Kong/Taiwan terms in traditional characters, a
// cross-border customs (清关) declaration, a visa agency, gym and gaming accounts, an online
// doctor and pharmacy, a fund TA and SQL Server Hungarian columns, an IoT platform, a court's
// 送达地址, flattened merged-cell Excel headers; smart-lock hotel notices, WhatsApp-style chat lines,
// IIS W3C logins, bike-lock lines, 反诈 alerts and 清关 status notes) after heldout12's fixes;
// `heldout14` (a 一网通办 government-service platform, a power utility's 户号 customer file,
// vaccination records, a second-hand car and a rental platform, an Airbnb-style reservations CSV,
// a cloud privacy-number call export, an XMPP archive, a WordPress MySQL dump, Windows event fields,
// an English SaaS CRM and a Shopify order export, postal 实名收寄, Kingdee/Yonyou ERP, WeChat Pay
// and Alipay bills, flattened two-level headers; WeChat template-message pushes, Android SMS-backup
// XML, PowerShell script-block events, GPS-tracker SMS replies, concert-ticket refunds, charity
// thanks, express-locker notices and WeChat Pay bill rows) after heldout13's fixes; `heldout15`
// (a kindergarten's parent contacts, a long-stay rental apartment's tenant file, blood-donation,
// marathon-registration, 医保结算 and traffic-violation exports, SIM real-name registration, a
// collection agency's dialler log, RADIUS attributes, Elasticsearch _source fields, a scenic-area
// and museum shop, an association roster and a Feishu form; an Elasticsearch hit, a Feishu audit
// row, a FreeRADIUS syslog line, a geofence alert, a move-out settlement and a marathon SMS)
// after heldout14's fixes; `heldout16` (one internet consumer-finance company's mixed exports —
// its loan core and risk-control tables, a cloud call-centre CDR, an installment mall, merchant
// onboarding, a logistics arm's TMS and driver app, 商旅 and employee-insurance claims, HR's 因私证件
// register; a DingTalk robot message, an HTML chat transcript, a MyBatis parameter log, a Redis
// MONITOR line, an agent's 来电小结, a loan-contract clause and a SQL INSERT) after heldout15's fixes;
// `heldout17` (one provincial tertiary hospital group's exports — its HIS/EMR views in upper-case
// and pinyin-initial columns, 预交金 and 信用就医 accounts, an internet-hospital pharmacy mall shipping
// through SF's API fields, a parking system's 月卡, a visiting-staff lodging register, an Asterisk
// call-centre CDR, 出院随访 replies, a 互联网+护理 nurse track, the supplier (供货单位) file; an OA
// message-centre row, a Tencent IM callback log, a SOAP login on the integration platform, a Celery
// worker line, a 12320 转办单, a lost-and-found notice and a reconciliation XML row) after heldout16's fixes;
// `heldout18` (one city's public-transport and smart-city operator — its transit-card system with
// pinyin-initial and 圈存 columns, the citizen app's Go/Node backend tables, roadside-parking arrears
// and 信用乘车, a bike-sharing lock track, bus-passenger injury claims, a Huawei-style CTI export of the
// 12345 line, a hotel it owns, a same-city courier partner's API fields; a zap console line of an MQ
// consumer, a mongoexport chat message, a MySQL general-log query, an Envoy access log, a 卡务工单,
// a driver commendation, a card-back notice and a clearing-file detail row) after heldout17's fixes;
// `heldout19` (one national budget-hotel chain with a membership programme — its Foxhis-style PMS
// report and table columns, the CRS and 信用住, the PHP tables of the points mall and
// mini-program, the travel-agency arm's tour rosters and incident register, a cloud call centre with
// remote seats, a same-city delivery partner's rider track; a Laravel log line, a ThinkPHP log of a
// WeChat 客服 callback, a Django debug line, an InfluxDB line-protocol point, a 投诉工单, a staff bulletin,
// a booking footer and a decrypted WeChat Pay v3 notification) after heldout18's fixes;
// `heldout20` (one provincial mobile operator's digital-services subsidiary — its AsiaInfo-style CRM
// and billing columns, 自有营业厅 retail and 销售品, broadband installation with PPPoE and 光猫 fields, a
// wallet, a loan-supermarket partner's lead table, ETC issuance, a travel app's hotel, flight and
// insurance-claim exports, a parcel-locker backend and the 集团客户 file; a 5G-message chatbot push, a
// Java toString of a CS IM message, a TR-069 ACS SetParameterValues line, an installer app's GeoJSON
// sign-in, a 工信部申诉 转办单, a points-exchange line, a 装维 supervision footer and a Go %+v print of a
// top-up notification) after heldout19's fixes; `heldout21` (one large comprehensive university's
// systems — the data centre's student views in JY/T 1006 codes (XBM, SFZJH, DZXX, JTDZ, TSTAMP), the
// campus card and its merchants, 奖助学金 and 国家助学贷款, the campus-network (Srun-style) accounts and
// terminals, the 校园跑 running app's track, the campus clinic, the reception centre's partner hotels, the
// admissions office's EMS mailing of 录取通知书, the 校长信箱, the employment office's recruiting employers
// and the campus gate's vehicle register; an RFC 5424 syslog line with structured data, a protobuf
// text-format print of a campus-app IM request, a portal's PHP print_r of a login form, a Kubernetes
// container log wrapping a Rust Debug print of a track point, a YAML flow dump of a 网上办事大厅 ticket, a
// campus-news sentence, an admissions footer and an Oracle audit-trail row of the payment platform)
// after heldout20's fixes; `heldout22` (one securities brokerage with its margin-financing (两融) and
// wealth-management arms — Hundsun-style account columns (client_name, mobile_tel, id_address) and
// 金证-style pinyin initials (ZJZH, ZJYE), 三方存管 and 交易密码, the 穿透式监管 站点信息 (IP, MAC, IMEI,
// IDFA), the online account opening's located device, 开户回访 calls, 投顾服务留痕, the strategy
// conference's hotel, VIP 陪诊 and 贵宾泊车 benefits, the points mall's gift mailing and the 代销 fund
// managers; a Serilog compact-JSON check-in event, a Node util.inspect print of an archived advisor
// chat, a QuickFIX/J log of a FIX Logon (553/554), a Fluent Bit stdout record of the opening app's
// location, a C# record ToString of a 两融 complaint ticket, an 投教 sentence, an anti-fraud footer and
// a GELF message of a points-mall payment) after heldout21's fixes; `heldout23` (one regional auto
// 4S dealer group with its car-loan, insurance-renewal and after-sales arms — the manufacturer DMS's
// upper-case customer file (CUSTOMER_NAME, CONTACTOR_MOBILE, CERTIFICATE_CODE, LICENSE_NO), the
// owner app's camelCase member tables, 按揭 and 汽金 approval, the loan cars' GPS trackers, the DCC's
// outbound 邀约 calls, 代办上牌's mailing of 行驶证 and plates, 事故车人伤, the 车友会's road-trip hotel,
// the 精品/配件 mall and the 承保公司 file; a WeChat cloud-function log of a road-trip check-in, a Dubbo
// access log of a lead's IM message, a Postgres log of the C/S DMS client's login statement, a MongoDB
// slow-query log of a tracker point, a DingTalk approval card for a 精品加装 refund, a 交车仪式 sentence,
// a road-rescue footer and a zerolog line of a mall payment) after heldout22's fixes; `heldout24` (one
// northern ski-resort group with mountain lodges, a ski school, equipment rental and a season-pass programme —
// the season-pass SaaS's snake_case skier file (skier_name, skier_mobile, home_address), the .NET ticketing
// site's PascalCase logins (UserCode, UserPassword), the 一卡通 wristband balance and the installment partner's
// pinyin-English columns (YKT_YE, FQ_TOTAL_AMT, YQ_AMT), the lodges' 木屋 register, the ski patrol's 医务站
// injury list, the ski school's 防走失定位器, a JPush device table, 雪具托运 shipping, 停车预约, OTA orders, the
// pro shop's 吊牌价 and the 合作旅行社 file; a Ruby Logger line with a lograge request of a lodge check-in, a
// socket.io frame of the booking chat, a pino JSON request log of the mini-program login, a loguru line of a kids'
// watch 3G*UD packet, a Markdown row of the 客诉台账, a short-video caption, a PA announcement and a Python
// dataclass repr of an OTA ticket verification) after heldout23's fixes; `heldout25` (one provincial
// driving-school group with a 计时培训 platform, a summer 集训营 and a 学费分期 partner — the 车管所 预录入 upload's
// traffic-police pinyin initials (SFZMHM, LXZSXXDZ, LRSJ), the enrolment SaaS's camelCase student file (stuSex,
// stuMobile, stuBirthday), the 学车 app's pinyin-initial logins (dlzh, dlmm, dlip), the timing platform's licnum
// and terminals' GNSS track, 驾驶人体检, the 集训营 lodging register, coaches' 工作手机 calls, 驾驶证 mailing, 班型
// orders and the 招生代理 file; a Debezium change event of a lodging check-in, a RongCloud message-routing
// callback, a bash command-audit line of an sshpass login, a TDengine INSERT of a GNSS point, an Apollo GraphQL
// log of a 学费退费 complaint, a 周例会纪要 item, a coach car's body lettering and a NestJS log of a 学费监管
// release) after heldout24's fixes; `heldout26` (one Bohai-strait ro-ro passenger and vehicle ferry group with a
// China–Korea passenger-cargo liner — the 联网售票 system's pinyin-initial passenger columns (CKXM, CKSJH, CKSFZH,
// JZDZ), its upper-case web logins (WEB_LOGIN_ID, WEB_LOGIN_PWD), the 边检 declarations of the international line,
// 上船车辆号牌 and truck drivers' 预存运费 and 过海白条, the drivers' app's camelCase 到港签到 (arrivePortLat,
// driverPhoneImei), the ship's doctor and 登岸就医, the 停航滞留旅客安置 hotel register, an Avaya CMS call record
// (calling_pty, dialed_num, segstart, talktime), 随船快件, the 待渡 WeChat groups, the 船上商店 and the 订舱单位 file;
// an NLog line of a stranded passenger's hotel check-in, a journald JSON record of the 待渡群 relay bot, a Zeek
// ftp.log JSON record of an agent's settlement upload, a CloudEvents arrival sign-in, a 质检 ASR transcript of a
// refund call, a 船员风采 sentence, a 停航公告 and a POS sales slip) after heldout25's fixes; `heldout27` (one
// Taiwan-invested electronics contract manufacturer's (代工厂) campus with its dormitories and labour-dispatch agencies —
// the Oracle-EBS-style HR views (EMP_NAME, EMP_SEX, EMP_BIRTHDAY, CREATION_DATE), the dispatch agencies' Excel rosters
// (身份证号码(18位), 户口所在地详址, 户籍地固话), the Taiwan-run self-service kiosk's traditional-character columns
// (ESS帳號, ESS密碼, ESS登入IP) and the 保密区 phone register (IMEI(報備), MAC(報備), IDFA(報備)), 薪资卡 and 餐卡, a
// 薪资预支 partner's 蓝领信用分, 台港干部 and 外籍工程师 documents, the 外租宿舍 register, the factory clinic (ZDMC,
// 分诊科室), the shuttle-bus drivers' app (busLat, busLng, driverAppImei), a Yeastar PBX CDR (Call From, Call To,
// Talk Duration), the gate's parking system (CarNo, CarOwner), the 员工心声 box, the staff-purchase mall's ship-to
// camelCase (shipToName, shipToMobile, staffPrice) and the 派遣机构 file; an spdlog line of the dormitory face-access
// sync pushing a Hikvision ISAPI UserInfo, an iOS NSLog console line of the staff app's IM, a log4net XML event of
// the kiosk login, a Python logging line of a Queclink +RESP:GTFRI report, a Jira REST create-issue payload for a
// staff-purchase refund, a 工会 birthday-party notice, a recruiting poster's 防黑中介 line and an EDIFACT ORDERS
// interchange) after heldout26's fixes; `heldout28` (one elderly-care group with care homes, 居家养老 service stations,
// smart wristbands, a 医养结合 clinic and 旅居养老 trips — the care-home ERP's camelCase resident file (oldmanName, oldmanSex,
// oldmanBirthday), the 老年人能力评估's 被评估人身份证号, the 养老金代扣卡号 and 预存护理费余额(元), the family app's logins and
// devices (家属端账号, 家属端密码, relativePhoneImei), the wristband platform's bracelet_lat/bracelet_lng/bracelet_imei, the SOS
// call platform's upper-case CDR (SOS_CALLER, SOS_CALLEE, SOS_TALK_SEC), 床位押金分期, the 旅居 partner-hotel register (旅居长者,
// 旅居房号), the clinic's 巡诊 rounds, the 适老辅具 mall and its shipping, the 亲情留言 board and the 护理耗材供应商 file; a .NET
// console-logger line of a 旅居 check-in, a structlog console line of a family message on a room tablet, an OpenResty
// error-log line of the family portal's login, an Eclipse Leshan LwM2M notification of a wristband's /6/0 location, an
// HTML-as-xls row of the 客诉台账, a 重阳节 sentence, a wristband card's hotline and a RocketMQ MessageExt of a 助餐 payment)
// after heldout27's fixes; `heldout29` (one chain of private medical-aesthetics (医美) clinics — the 医美 SaaS's 顾客档案 in
// the trade's words (求美者姓名, 手机(主), 身份证号(术前核验), 疗程卡剩余金额(元), 咨询师备注, 所属院区), a 医美分期 partner's
// upper-case INSTAL_PRIN_AMT/OVD_PRIN_AMT/RISK_SCORE, the member app's appUserName/appUserPwd/appLoginIp, the ad-lead
// attribution table's 线索设备IMEI/MAC/IDFA, the VIP 接送专车's vipcar_lat/vipcar_lng/vipcar_imei, 到院 records (面诊诊断,
// 诊疗科目, 到院日期), the 术后休养 partner-hotel register, the 网电咨询 centre's CDR (网电主叫号码, 网电通话时长(秒)), the 私域
// SCRM's chat archive, 护理包 mailing, the cashier's 收银单号 and 项目编码 and the 药械供应商 file; an OTLP/JSON span of a
// 术后休养 hotel check-in, a Serilog console line of a SignalR hub invocation from the 网电 web widget, an rsyslog-forwarded
// ModSecurity JSON audit record of the app's login, a Go slog text line of an Amap 猎鹰 track-point upload, a Feishu Bitable
// create-record call for a 疗程卡 refund complaint, a 年度颁奖词, a 医广-numbered advertisement footer and a 全电发票 issuing
// request in pinyin-initial keys) after heldout28's fixes; `heldout30` (one municipal funeral-services group (殡葬服务集团)
// with a funeral home, a business cemetery, a 云祭扫 online-memorial mini-program and a 遗体接运 fleet — the funeral home's
// 业务登记 in the trade's words (丧属姓名, 治丧联系手机, 丧属身份证号, 讣告接收邮箱, 礼仪师备注, 承接殡仪馆), the 火化 register's
// pinyin initials from the 死亡医学证明 (SZXM, SWRQ, 根本死因(ICD-10), 逝世科室), 骨灰寄存费 and 墓位管理费 代扣, 墓位分期, the
// mini-program's yjsLoginName/yjsLoginPwd/yjsLoginIp and yjs_imei/yjs_mac/yjs_idfa, the 接运车's 北斗 track, the 24-hour
// 报丧 line's CDR, the 家属接待 hotel register, 墓证 mailing, 清明 祭扫 parking, the 在线治丧咨询 chat and the 合作殡葬服务机构
// file; an XXL-JOB handler log of a 旅馆业 upload of a family member's check-in, a WeChat msg_sec_check call on a
// consultation message, a Struts2 ParametersInterceptor debug line of the legacy system's login, a Traccar event-forwarding
// JSON of a hearse position, a 简道云 data_create webhook of a 墓位 deposit complaint keyed by widget ids, a 公众号 article
// title, an Android strings.xml hotline entry and a UnionPay ACP notification printed as a Java Map) after heldout29's fixes;
// `heldout31` (one chain of veterinary hospitals (连锁宠物医院集团) with pet boarding, grooming and a pet-taxi fleet — the clinic
// HIS's 宠主 file (宠主姓名, 宠主手机号, 宠主住址(上门接送), 就诊宠物主人, 兽医诊断, 挂号日期, 所属分院), the 养犬登记 upload's
// pinyin-initial QZSFZHM, the 储值余额(元) card and the pet-insurance partner's 保费代扣卡号 and 投保终端IMEI/MAC/IDFA, a 诊疗分期
// partner (诊疗分期本金, 诊疗分期逾期额, 宠主信用分), 随宠出境 passports and 宠物入境 permits, the member app's snake_case
// mbr_login_name/mbr_login_pwd/mbr_last_login_ip, the smart collar's 项圈纬度/经度(GCJ02) and 项圈IMEI号, the 宠物专车 fleet's
// plates, the 24-hour emergency line's CDR (急诊来电号码, 转接值班兽医, 计费时长(s)), the 带宠合作酒店 register for owners
// travelling with pets, 处方粮 shipping from the central pharmacy (发货药师, 收粮宠主, 处方粮运单号), the 有赞 mall's orders,
// the customer-service IM (访客昵称, 客服会话消息) and the 兽药/器械 supplier file; an Elastic ECS JSON line of a pet-friendly
// hotel check-in, a winston JSON line of an Easemob (环信) message callback, a Sentry event of the member API's login
// request, an Aliyun IoT AMQP property-post of a collar's GeoLocation, a Python-logged Udesk ticket-create call for an
// unissued pet-insurance policy, a 店长日记 community post, a maintenance-page banner and a logrus line of a 收钱吧 POS
// payment callback) after heldout30's fixes;
// `heldout32` (one city-marathon and mass-sports-events company (马拉松赛事运营公司) — the registration system's 报名表 in the
// trade's words (参赛人姓名, 证件号(实名核验), 电子邮箱(接收中签通知), 出生日期(用于分组), 永居证(五星卡)号) with pinyin-initial 审核
// columns (BMSJ, SHYJ), the 赛事钱包, a 先跑后付 BNPL partner and 芝麻分 chip-deposit waivers, the event app's RunnerLoginId/RunnerPwd/
// RunnerLoginIp and 绑定设备 table, the medical runners' trackers (trk_imei, trk_lat, trk_lng), the medical stations' 伤病员
// register, the partner hotels' Check-in/Room No. register, a cloud CDR's cdr_caller_num/cdr_bill_sec, 参赛包 mailing, the 跑团
// chat, 赛事车证, the sponsor mall and the supplier file; an OpenTravel OTA_HotelResNotifRQ from a partner hotel's direct
// connect, a NetEase Yunxin message-copy callback, a Spring CommonsRequestLoggingFilter login line, an EMQX webhook of a
// tracker publish, a Udesk ticket for a double-charged entry fee, a live-commentary line, a bib's back and a 抖店 trade-paid
// push) written beside heldout31 and heldout33 after heldout30's fixes, run after heldout31's;
// `heldout33` (one cross-border e-commerce company with bonded warehouses (跨境电商 保税仓) — the customs 三单对碰 declaration's
// 订购人 fields in the CEB messages' camelCase (buyerName, buyerTelephone, buyerIdNumber, the misspelt acturalPaid, gname,
// appTime), the shopping app's member and device-fingerprint columns (会员登录名, 登录密码(明文), dfp_imei), the wallet and a
// consumer-instalment partner (QUOTA_AMT, CUR_OVD_DAYS, A_SCORE), the bonded warehouse's courier export (保税仓出库运单号, 收件人(面单))
// and 账册料号, 自提 pickup vehicles, delivery riders' camelCase track (latitudeGcj02, riderDeviceImei), the customer-service
// centre's cloud-call CDR (customerNumber, bridgeDuration) and IM export, cosmetics 不良反应 cases, the 驻仓 staff's hotel and
// the 品牌供应商 file; a klog line of a 驻仓 check-in, a winston JSON line of a buyer's IM message, a Yii2 log line of the
// supplier portal's login, a ClickHouse executeQuery INSERT of a rider track point, a CEB622 退单 receipt logged with the
// original CEB311 OrderHead, a live-stream preview, a 中文背标 and a WeChat Pay customdeclareorder request) written beside heldout31 and heldout32 after heldout30's fixes, run after heldout32's;
// `heldout34` (one chain of after-school tutoring and study-camp centres (教培机构 with 托管 and 研学营) — the student-information
// system's 报名表 and 学籍 roster (学生姓名(报名表), 身份证件号(学籍), 出生日期(学籍)), parents' contacts (家长手机(主联系人), 家长邮箱(学情周报),
// 家庭住址(托管接送)), 预收学费余额(元), the 学费分期 partner's 代扣银行卡号(分期) and 学费分期本金/逾期金额/准入分, the 家校通 app's camelCase
// jxtLoginAcct/jxtLoginPwd/jxtLastLoginIp and 家校通留言内容, the leased 学习平板IMEI/MAC/IDFA(租赁), the school shuttle's snake_case
// shuttle_lat/shuttle_lon/shuttle_fix_time and 校车定位终端IMEI, parents' 接送车牌(家长登记), the 研学营's hotel allocation (入住营员,
// 营地房号/床位, 营地住宿酒店) and 营地送医 list, 海外研学 passports, the 课程顾问 dialler's display_no(外显)/lead_mobile/talk_sec,
// textbook and tablet mailing, the 教辅商城 and the 合作研学基地 file; a Rust tracing line of a camper's room allocation, a Getui
// (个推) v2 push relaying a parent's 家校通 message, a Gin access line with a body dump of the tablet MDM's login, a Tile38 SET of a
// shuttle-bus position, a 金数据 webhook of a 分期退费 complaint, a 研学营 diary post, an iOS Localizable.strings hotline entry and an
// Allinpay (通联收银宝) notification of a 托管费 instalment) after heldout33's fixes.
// `heldout35` (one provincial expressway operator (高速公路集团) — the ETC issuance system's 开户人 file with the 部标 userIdNum,
// 储值卡卡面余额(元), 记账卡绑定代扣卡号 and 记账卡授信额度(元), the toll-audit export's vlp and pinyin-initial ZJQFJE(追缴欠费金额),
// OBU寄递运单号 mailing from 发行网点, the 路况通 app's snake_case lkt_login_name/lkt_login_pwd and 推送终端IMEI/MAC/IDFA, the
// 清障车's 车载终端号(IMEI) and DWSJ(定位时间) track, 受伤人员 送院 records, the service areas' 驿站酒店 register, 门店 and
// 商品条码(69码), the 12122 CDR's upper-case CALLER_NBR/CALLEE_NBR/RING_TIME/TALK_SECONDS, the online-service IM columns and the
// 清障合作单位 file; a Spring Boot line of an Apache Camel route syncing a 驿站 check-in, a 七鱼-style CSV row of the app's
// chat export, an Nginx access line logging the ETC mini-program's form-encoded login body, a Flink sink's +I[…] row of a wrecker
// track point, a Spring AMQP Message print of a 12122 ETC 重复扣费 ticket, a 路况通 暖心故事, an ETC 储值卡's 使用须知 and a Rust
// tracing line of a toll 拆分 result) after heldout33's fixes;
// `heldout36` (one construction general contractor's 劳务实名制 platform and 工资专户 — the 全国建筑工人管理服务信息平台 upload's
// camelCase worker fields (workerName, cellPhone, idCardNumber, payRollBankCardNumber, subCorpName, subCorpCode), the ID-card reader's
// 读卡 columns (性别(读卡), 身份证住址(读卡)), 工资卡余额(元), 班组 借支 (借支总额(元), 借支逾期未还(元)) and 建筑工人诚信分, the 考勤手机
// IMEI/MAC/IDFA, the smart-helmet platform's 纬度/经度(WGS-84) and 智能安全帽IMEI, 工伤 首诊 (工伤诊断(首诊医院), 收治科室, SZRQ), the
// 生活区/协议酒店 lodging register, the 维权热线 CDR (维权来电号码, 转接劳资专管员, 维权通话时长(秒)), the 工友留言 board, 进场车辆, the
// materials suppliers' PO, 收料 and 物资编码 columns and the 租赁设备 报修热线, with pinyin-initial DJSJ; a Rust tracing line of a
// 生活区-overflow hotel check-in, a Spring log of a 公众号 passive-message XML from a bound worker, a Gin access line with a
// body dump of the 劳务员 app's login, a CTWing AEP dataReport push of a smart helmet's position, a Redmine issues.json call
// for a doubly-charged 饭卡 top-up, a 项目简报 sentence, the 农民工维权信息告示牌 and a SAP JCo BAPI_PO_CREATE1 return)
// after heldout33's fixes;
// `heldout37` (one online dating and matchmaking platform with offline 红娘 stores (婚恋平台 with 线下红娘门店) — the member
// file's 实名/学历认证 columns (会员姓名(实名核验), 实名身份证号(二要素), 学历认证通知邮箱, 出生日期(择偶资料)), 车产认证 plates and
// 行驶证所有人, 健康认证 体检结论, the 爱心币 wallet and VIP 分期 (VIP分期本金/逾期额, 婚恋信用分(分期准入), 退款收款卡号(分期退费)),
// the app's camelCase memberLoginName/memberLoginPwd/memberLastLoginIp and 风控设备指纹IMEI/MAC/IDFA, the 附近的人 service's
// snake_case nearby_lat/nearby_lng/nearby_dev_imei, the 联谊活动's 协议酒店 register for 异地参会会员, the 红娘 dialler's
// seat_ani(红娘外显)/callee_member_no/billsec(秒), the chat-moderation export (msg_content(审核), from_member_name), VIP礼盒 mailing
// from the stores, the VIP套餐 catalogue and the 活动场地合作方 file; a Java log of an Aliyun SendSms check-in confirmation, a
// 数美 text/v4 moderation request of a chat message, an APISIX http-logger JSON record with the login body, a PHP Monolog line of
// a 附近的人 location report, a 12315 ODR complaint export row on a VIP 分期 refund, a 联谊活动 recap, an in-chat anti-fraud
// system tip and an App Store Server Notification v2 renewal) after heldout36's fixes.
// `heldout38` (one real-estate brokerage chain (房产中介连锁) with a long-term rental arm — the 房源/客源 ERP's 委托人 file
// (委托人姓名, 联系电话(真实号), 证件号码(网签), 现住址(非房源地址), 电子合同接收邮箱), pinyin-initial GDDH(业主) and lrsj_fy, the
// 资金监管账户余额(元) and 月供扣款卡号(按揭), the bank 按揭 pre-approval's 预审贷款额(元)/征信当前逾期额(元)/银行预审评分, 境外买方 and
// 购房资格 documents, the agent app's snake_case jjr_account/jjr_pwd/jjr_login_ip and 经纪人端绑定IMEI/MAC/IDFA, 带看打卡
// 纬度/经度 with 打卡终端IMEI, 公寓事故 送医 records, the 看房团 协议酒店 register, an Aliyun-style 隐私号 CDR (phone_no(A路真实号),
// peer_no(B路真实号)), the WeCom 会话存档's text.content/msgtime, 权证 mailing, 租户车牌(门禁登记), the 保洁/维修 工单 and 服务项目
// columns and the 合作机构 (按揭/装修) file; a Python-logged WeCom group-robot markdown push of a 看房团 check-in, a Fluentd stdout
// record of a 会话存档 message joined to the CRM, an APISIX kafka-logger JSON of the agent app's login with its escaped body, a
// Logback line with MDC of an Amap regeo call for a 带看 check-in, an Odoo execute_kw creating a 定金重复扣款 helpdesk ticket, a
// 门店日志 sentence, a listing footer's 投诉与监督电话 and a Quarkus log of a Lakala 保洁 payment notification) after heldout36's fixes.
// `heldout39` (one driving-school group (驾校集团) — the enrolment system's 学员档案 in the trade's words (学员姓名(与身份证一致),
// 身份证明号码(报名), 学员本人手机(约考短信), 联系地址(详细到门牌)) with pinyin-initial XYXB, bxdm and tyshxydm, the 计时培训 platform's
// 预存学时费余额(元) and a 学费分期 partner (分期总额(学费贷), 已逾期金额(学费分期), 白名单评分(分期机构)), the 学车宝 app's snake_case
// xcb_login_acct/xcb_login_pwd/xcb_login_ip and the 人脸签到 phones' IMEI/MAC/IDFA, the coach cars' jlc_wd/jlc_jd/卫星定位时间 and
// 车载计时终端IMEI, 挂靠 coaches' 教练车号牌, 驾驶人体检 results (体检医院诊断意见, 检查科室(体检中心)), the out-of-town students'
// dormitory and partner hotels, the 投诉热线 CDR (来电主叫, 转接被叫(值班经理), 通话秒数(计费)), 驾驶证 EMS mailing by the 档案室,
// the coaches' WeChat, 班型 payments (缴费流水号) and the partner 体检机构 file, with 考试所在城市(车管所); an Alibaba Canal
// flat-message of a dormitory check-in, a MemoTrace CSV row of a coach's WeChat chat, a CodeIgniter log line of the back
// office's login, an Apache IoTDB INSERT of a coach car's position, a DingTalk 宜搭 saveFormData call for a double-charged
// 体检费 and an unreturned dormitory deposit, an official-account headline, a Flutter ARB hotline string and a 银联商务
// payment notification) after heldout36's fixes.
// `heldout40` (one community group-buying and fresh-food cold-chain company (社区团购 with 团长 自提点 and 冷链 delivery) —
// the 团长 onboarding file (团长姓名, tz_gender, 身份证号(佣金代缴个税), 常住地址(团长入驻)), 佣金提现卡号 and 可提现佣金(元), 团长
// 赊销 credit (团长赊销额度(元), 赊销逾期未还(元), 团长履约信用分), the 团长端 logins, the member app's 下单设备IMEI/MAC/IDFA(风控)
// and 会员生日(生日券), the 冷藏车's camelCase truckLat/truckLng/gpsTime with 温控终端IMEI, 冷藏车车主(承运商), cross-border drivers'
// 护照 and 中港司机回乡证, 食安客诉 hospital visits, the 司机之家 lodging register, the call centre's 会员→团长 CDR, 全国配 express
// shipping from 供应商仓, the 在线客服 IM, 团品 and 自提点名称 with 城市站, and the 供应商 file with gys_uscc; a Go-kit logfmt line of
// a 司机之家 check-in, a Meiqia (美洽) webhook logged by Python, a go-grpc-middleware zap payload log of the 团长端 login, a kcat
// print of a reefer truck's location-and-temperature record, a Sobot (智齿) ticket-create call for 缺货 compensation and an
// unrefunded order, a 团长日报 sentence, a 提货码 SMS and a supplier settlement CSV row) after heldout39's fixes;
// `heldout41` (one chain of internet cafés and e-sports hotels (网吧连锁 and 电竞酒店) — the 公安 上网实名登记's 上网人员姓名,
// XB(上网人员) and 证件号码(刷证上机), the billing system's 上机账号(会员卡号)/上机密码, 本金余额(元) and 快捷充值银行卡号, 挂账额度 and
// 信用上机分, 扫码上机's 手机IMEI/终端MAC/IDFA, CSRQ(防沉迷核验), the e-sports hotel's 电竞房住客 and 住客证件号(旅馆业上传),
// 住客免费停车 plates, 120 送医 records, the shuttle cars' jbc_lat/jbc_lon and 接驳车终端IMEI, the 投诉热线 CDR, the WeCom 会话存档,
// 水吧 spbm and 点单号(小程序), 赛事组 prize mailing and the 外设/饮料 supplier file; an Egg.js log of a self-check-in kiosk's
// 旅馆业 upload, a Beego log of a WeCom archived message, a Phoenix request log with an Elixir-map Parameters dump of a
// member login, a Go log line of a GB/T 32960 shuttle-car position, a Python-logged Sobot ticket for a doubly-charged top-up,
// a 周赛战报, a billing client's ScrollNotice INI line and a Go slog JSON line of a 福禄 game-top-up callback) after heldout39's fixes;
// `heldout42` (one human-resources outsourcing and labour-dispatch company (人力资源外包/劳务派遣) — the ATS's 简历库 and 背调
// columns (派遣员工姓名, 家庭固话(背调核实), 出生年月(简历), 简历投递邮箱, 背调综合评分), 社保增员 and 参保登记 fields (身份证号码(社保增员),
// 户籍地址(参保登记)), 代发工资卡号 and 公积金个人账户余额(元), 预支工资 借支, 外派劳务 passports, the 求职者 mini-program's pinyin-initial
// qzz_account/qzz_passwd/qzz_reg_ip, the recruiters' 工作手机 IMEI/MAC/OAID and archived WeChat chats, the commuter bus's upper-case
// BC_WD/BC_JD/BC_DWSJ and 承包车 plates, 入职体检 results, the 宿管 dormitory register, the 外呼 dialler's CLI(外显号码)/talk_secs,
// contract mailing by 驻场专员, 劳保 requisitions and the 用工单位 file; a log4js line of a Tencent Cloud SendSms for a dormitory-overflow
// hotel check-in, a bunyan JSON record of a 工作手机 WeChat message, an Egg.js log line with the job-seeker login body, a PostgreSQL
// csvlog row of a PostGIS bus-track INSERT with its bind parameters, a Go log line of a 智齿 (Sobot) ticket for a thrice-charged
// 体检费, a 驻场周报 sentence, a payslip SMS footer and a 汇付斗拱 payment notification) after heldout39's fixes;
// `heldout43` (one city's public sports-venue operator (体育中心 with swimming pools and gyms) — the 场馆预约 system's real-name
// member file (实名会员姓名, hy_xb, 预约手机号(核销短信), 身份证号(人脸闸机绑定), 居住地址(实名办卡)), 储值卡余额(元) and 退费收款卡号(私教课),
// 年卡分期 and 先享后付信用分, the booking app's snake_case cg_member_acct/cg_member_pwd/cg_last_login_ip and 设备IMEI/MAC/IDFA,
// 游泳健康证 checks (受检会员, 健康证体检结论, 体检科室), the youth training camp's camelCase bandLat/bandLng/bandFixTime with
// 营员手环IMEI, the away teams' 接待酒店 register, 停车月卡 plates, the 客服热线 CDR, 微信客服 messages, 训练营装备 mailing by the
// 教务处, the 运动超市 and 场馆商城 and the 合作机构 (私教/培训) file; a Hyperf SQL log of an away-team lodging insert, a .NET
// JSON-console line of a 微信客服 message sync, a Spring Boot debug line of a Shiro realm printing the login token, a OneNET
// data push of a camp wristband's position, a Log4j2 JsonLayout record of a 网易七鱼 ticket for a 私教课 refund and a double
// gate charge, a 泳讯 sentence, a .properties 入馆须知 line and a PHP error_log line of a YeePay notification) after heldout42's fixes;
// `heldout44` (one pawnshop and second-hand luxury-goods recycling chain (典当行 and 二手奢侈品回收) — the 典当业务 system's
// 当户 file in the pawn ticket's words (当户名称, 当户证件号码, 电子当票推送邮箱) with the 公安 典当业 upload's pinyin initials
// (DHXB, DHZZ, CSRQ), 当金(元), 逾期未赎当金(元) and 当户风控评分, 当金收款卡号 and 寄卖货款余额(元), 车辆典当's 质押车辆号牌 and
// 机动车所有人, 境外当户 documents, the online shop's camelCase mallLoginName/mallLoginPwd/mallLoginIp, the 估价APP's device
// IMEI/MAC/IDFA, home-pickup 估价员 GPS (smgj_lat/smgj_lng), the 上门回收热线 CDR, 巡回鉴定会 partner hotels, 店内送医 records,
// 保价 SF shipping of 鉴定证书 and 当物, the WeCom archive, 绝当品 stock and the 拍卖行/鉴定机构 file; a Serilog line of a Hangfire
// hotel-sync job, a Spring Boot line with a Kotlin data-class print of an archived WeCom message, a P6Spy single-line log of a
// login-log INSERT, a pm2 log of a Baidu 鹰眼 addpoint call, a debug-module line of a 明道云 addRow for a 续当-but-forfeited
// complaint, a 小红书 二奢店 diary, a 当票 back's 当户须知 and a 富友 XML payment notification) after heldout42's fixes;
// `heldout45` (one mobile-game publisher (手游发行商) — the NPPA 防沉迷 real-name file (实名姓名(防沉迷), idNum(NPPA实名),
// 性别(证件解析), 出生日期(身份证解析)), the 通行证 account store with 通行证密码(旧库明文), 密保邮箱 and client_ip(登录风控), the
// device-fingerprint columns (IMEI(设备指纹), WiFi MAC(设备指纹), IDFA(iOS归因)) and the risk SDK's lbs_lat/lbs_lng/lbs_dev_imei,
// 平台币余额 and 未成年人退款's 退款收款卡号(监护人), 监护人固话 and 联系地址(监护人核实), a 先玩后付 partner's 额度/逾期/支付风控分,
// the in-game chat moderation export (chat_content(审核原文), 发言人(实名)), the offline e-sports events' 赛事协议酒店 rooming list,
// 送医 records, 场馆停车证 plates, 海外赛 passports, 港澳台 and 外援 players' documents, the 客服400 CDR, 周边 prize mailing, the
// 计费点 catalogue (product_id, 档位价), cp_order_id and the 联运渠道 file; a logstash-logback JSON line of a rooming-list
// check-in, a headerless CSV row of the chat-moderation export, a skynet login-service log with a Lua-table request dump, a
// ThinkingData (数数) track event of a risk LBS report, a Zendesk create-ticket call for a 未成年人充值退款 by a guardian, a
// 城市赛 lucky-draw notice, a Lua localisation entry of the 健康游戏忠告 with the 家长监护工程 hotline and a Xiaomi game-centre
// payment callback) after heldout42's fixes;
// `heldout46` (one ride-hailing platform (网约车平台) — the driver onboarding file with the 网约车监管信息交互平台's
// PascalCase DriverGender/DriverBirthday/DriverContactAddress beside 实名认证姓名 and 身份证号(实名核验), 车牌号(网约车运输证) and
// 车辆所有人(行驶证), the passenger app's psg_login_acct/psg_login_pwd(明文)/psg_login_ip, 司机端IMEI/MAC/OAID, the vehicles'
// 纬度/经度(车载北斗) with PositionTime and 车载终端IMEI(监管上报), 钱包可提现余额(元) and 提现到账卡号, an 以租代购 car-rental
// partner's 车款/逾期租金/准入分, the AXB privacy-number CDR (A路号码(乘客), B路号码(司机), axb_bill_sec), in-app chat moderation
// (im_content(审核)), 失物寄回 shipping from driver to owner, the 酒店接送 orders' check-in push, 安全中心 送医 records, the
// 司机商城 and the 合作车队/租赁公司 file; a Splunk HEC event of a partner hotel's check-in push, a Python-logged NetEase Yidun
// text-check request of a chat message, a morgan access line with an ::ffff: client and the login body, an Akka log of a
// Scala case-class TrackPoint without field names, a Salesforce Case create for a doubly-charged airport pick-up with an
// unrefunded cancellation, a 安全中心 暖心故事, a vue-i18n 行程录音 tip with the safety hotline and a LianLian Pay
// notification) after heldout45's fixes;
// `heldout47` (one retail pharmacy chain (连锁药店) — the 实名购药 register's 购药人姓名 and 购药人身份证号(处方药实名登记) with
// pinyin-initial GYRXB, the member card's 会员手机(积分卡绑定) and 电子发票接收邮箱(开票), 医保 settlement's 社保卡银行账号(金融功能),
// 医保个账余额(元) and 出生日期(读社保卡), a 先药后付 partner's 慢病用药分期额度/逾期金额/信用分, 境外人员 and 港澳台 购药登记 documents,
// the POS back office's czy_code/czy_pwd/czy_login_ip, the member app's IMEI/MAC/IDFA, O2O riders' rider_lat/rider_lng(GCJ-02),
// loc_time and rider_imei, the 慢病 patient file (慢病病种(确诊诊断), 处方开具科室, 末次复诊日期, 家庭座机(慢病随访)), the 药师继续教育
// training hotel, the 用药咨询热线 CDR, the 在线问诊 chat columns, 中心药房 B2C shipping, 冷链/急送 delivery vans, the ERP's 商品编码
// and 药品通用名(规格) and the 医药批发 supplier file; a Netty-logged Ctrip corporate-travel check-in callback, an HL7 FHIR
// Communication resource of a consultation message, a Delphi POS client's login line, a Spring Cloud Stream GenericMessage of a
// rider location, a WeCom smartsheet add_records call for a double 医保 charge, a 药师说 article teaser, a POS receipt footer and a
// Meituan 闪购 order push) after heldout45's fixes;
// `heldout48` (one residential property-management company (物业服务公司) — the property ERP's 业主档案 in the
// trade's words (客户姓名(业主/住户), KHXB, 证件号码(业主档案), 通讯地址(非本项目), 电子账单接收邮箱), 物业费代扣卡号 and
// 物业费预存余额(元), a 装修分期 partner (装修分期额度(元), 装修分期逾期(元), 业主缴费信用分), the 慧居 owner app's
// huiju_login_acct/huiju_login_pwd/huiju_login_ip and the phones bound for Bluetooth/NFC 门禁 (IMEI/MAC/IDFA), the patrol
// terminals' xg_lat/xg_lng/xg_time with 巡更终端IMEI, 月租车 plates (car_no(月卡车)), 公区意外 送医 records, the 渗漏维修
// 过渡安置 hotel register, the 400 报修热线 CDR, the 业主群 chat export, invoice and 门禁卡 mailing from the 物业服务中心,
// the 社区商城 and 有偿服务 catalogue and the 外包单位 (保洁/绿化/电梯维保) file; a Python-logged dict of a 携程商旅 hotel
// order for a 过渡安置 stay, a Wechaty room-message line from an owners' group, a Flask debug line printing the owner
// app's login ImmutableMultiDict, a mosquitto_sub -v line of a patrol terminal's position, a WeCom applyevent call for
// an unrefunded 装修押金 and a doubly deducted 物业费, a 月度金牌管家 notice, a face-recognition terminal's idle-screen
// scroll text and a 建行 payment callback of a 物业费 bill) after heldout45's fixes;
// `heldout49` (one shared e-bike and bicycle operator (共享电单车/单车运营商) — the user centre's real-name file
// (实名姓名(用户中心), yhxb, SFZH(公安实名核验), birthday(证件OCR), 常住地址(用户填报)), 押金原路退回卡号 and wallet_balance(元),
// 先骑后付 and 免押 credit (先骑后付授信额度(元), 未支付行程欠费(元), 免押信用分), foreign and 港澳台 riders' documents, the
// ops app's ywzh/ywmm with login_ip(骑行APP), the ordering phones' phone_imei/phone_mac/IDFA(广告归因), the smart locks'
// lockLat/lockLng/lockTime(关锁上报) with 中控IMEI(智能锁), 调度货车 plates and their 外包 owners, 骑行事故 送医 records, the
// 开城运维 驻场 hotel register, the remote-seat call-centre CDR (caller_no, callee_no, talk_seconds), the 在线客服 IM archive,
// 头盔 mailing from the 城市运维仓, the 骑行卡/头盔 mall with 投放城市 and 运维站点, and the 换电柜/运维外包 partner file; a
// go-kratos logfmt line of a 驻场 check-in, a ClickHouse TSV row of the IM archive, a Spring CommonsRequestLoggingFilter line
// of the ops-app login, an Aliyun IoT AMQP lockClose event, a Udesk create-ticket call for an unrefunded 押金 and a double
// 调度费, a 运维之星 notice, a smart lock's out-of-area TTS prompt in a .properties file and a UnionPay ACP back notification)
// after heldout48's fixes;
// `heldout50` (one chain of private dental and ophthalmology clinics (口腔/眼科连锁诊所) — the clinic HIS's patient file
// (患者名称(档案), xbmc, id_card_no(实名建档), birth_date(yyyy-mm-dd), 检查报告推送邮箱(OCT/CBCT)) and outpatient view (brxm,
// 主诊断(ICD-10), jzrq(就诊日期)), 储值卡余额(含赠送,元) and 分期代扣银行卡号, the 正畸/种植 installment partner's credit check
// (分期申请金额, 当前逾期本息, 征信评分(分期机构)), the C/S HIS's pinyin-initial YHDM/YHKL/ZDIP, the member app's 会员端IMEI/MAC/IDFA,
// the eye-screening van's scv_lat/scv_lng/scv_fix_time, the CRM's 术后回访 CDR (call_from, call_to, bill_sec), the 企微 archive,
// 异地患者 partner-hotel stays, aligner and lens mailing from the 技工中心, 来院车牌 and the 种植体/镜片 supplier file; a Log4j2
// line of a 绿云 PMS check-in query returning XML, a Fluentd stdout record of a WeCom archived message, a SQL Server Profiler
// trace row of the HIS login stored procedure, an nginx ISO-8601 access line of an OsmAnd-protocol screening-van report, a
// 纷享销客 custom-object create for a doubly-charged 储值卡 and a post-payoff instalment deduction, an 爱眼日 prize notice, a
// FastReport receipt-footer memo and a Go slog JSON line of a 拉卡拉 notification) after heldout48's fixes;
// `heldout51` (one domestic airline (航空公司) — the PNR and DCS's upper-case PAX_NAME/PAX_GENDER beside SSR-coded columns
// (联系手机(CTCM), 证件号码(FOID-NI), 行程单邮箱(CTCE), 护照号码(SSR DOCS), 出生日期(DOCS)), the 常旅客 programme's 可用里程余额,
// 联名信用卡卡号 and 常旅客登录名(卡号/手机)/常旅客登录密码, a 先飞后付 机票分期 partner, the 航旅 App's IMEI/IDFA and the cabin Wi-Fi's STA MAC,
// GSE vehicles' gse_lat/gse_lon/gse_fix_time with GSE终端IMEI, 机上急症 送医 records, 两舱 代客泊车 plates, the crew's 外站过夜
// (HOTAC) hotel register, the call centre's CALLING_NO(旅客来电)/TRANSFER_NO/TALK_DUR(s) CDR, the App's 在线客服 messages, 迟到行李 delivery
// from the 行李查询室 with PIR registrations, the 里程商城 and 直属售票处, and the 销售代理人 file, with RMK and CRT_TIME; a Type B
// HOTAC rooming confirmation, a Spring STOMP broker debug line of an in-app chat message, a log4net line of a check-in kiosk's
// 常旅客 login, a flespi-style JSON message of a baggage tractor's position, a ServiceNow Table API call for a CAAC-transferred
// delay-compensation and damaged-bag complaint, a 暖心瞬间 crew story, an iCalendar DESCRIPTION line of a booking and a 快钱
// notification of a paid-seat EMD) after heldout48's fixes;
// `heldout52` (one used-car trading and auto-finance platform (二手车交易平台 with 车贷) — the 买卖双方 file (交易方姓名(实名认证),
// kh_xb(男/女), SFZHM(过户登记), csrq(身份证OCR), 现住址(车贷家访核实), 检测报告接收邮箱), 车源 listings with hphm(车源号牌) and
// 登记证书所有人, 担保交易's 托管账户余额(元) and 车款收款卡号(托管放款), 车贷 applications (申请贷款额(车贷), 逾期本息(元), 贷前风控评分),
// the 车商后台's dealer_login_name/dealer_login_pwd(明文)/last_login_ip and the app's app_imei/app_wifi_mac/app_idfa_oaid, the financed
// cars' gpsLat/gpsLng/gpsTime(车贷GPS) with GPS终端IMEI(有线/无线), 试驾出险 送医 records, 异地买家住宿券 hotel stays, the 展厅400 CDR
// (answer_stamp, billsec_total), the showroom's WeChat, 登记证书/备用钥匙 mailing by 过户专员, the 车品商城's sp_code/sp_name/sp_price and the
// 合作车商/金融机构 file, with gmt_create(入库) and 评估师备注; a Kotlin coroutine log of a hotel-voucher redemption, a Rails Parameters line of
// an archived WeChat message, an Echo JSON access log with the dealer login's request_body, a Vert.x GT06 decoder line of a tracker's 0x22
// position packet, a Freshdesk ticket for a doubly-charged 过户费 and unreleased escrow, a 检测师说车 post, a pdftotext page footer of an
// inspection report and a 平安银行见证宝 escrow notification) after heldout51's fixes;
// `heldout53` (one chain of postpartum-care centres and maternal-infant stores (月子中心 and 母婴连锁) — the CRM's 宝妈 file
// (客户姓名(宝妈), pinyin-initial kh_xb and SFZHM(产妇建档), 产检报告接收邮箱, 家庭住址(出馆后上门回访)), 储值卡余额(本金+赠送,元) and
// 退费收款卡号(储值卡), a 月子套餐分期 partner (套餐分期本金, 逾期未还, 分期准入评分), the CRM's snake_case crm_user_code/crm_user_pwd/
// crm_login_ip and the 妈妈端App's IMEI/MAC/IDFA, home-visit staff's 工牌手环 sh_wd/sh_jd/sh_dwsj, 产后42天复查 records, 入馆/出馆
// suite stays and 陪住家属 at 协议酒店, the 400 总机's calls transferred to 月嫂派单专员, 微信客服 chats, the 母婴商城's shipping from
// 区域仓, POS 单据号, SKU and 会员价, 家属地库 plates and the 奶粉/用品 supplier file; an Elixir Logger line of a Phoenix app's
// 陪住 check-in, a WeCom 微信客服 sync_msg record joined to the CRM, a Delphi-style POS client login line, a bunyan JSON line of a
// bracelet's IWAP01 position, a 销售易 (Neocrm) case-create call for a doubly-deducted 储值卡 and an unrefunded 月子套餐 deposit, a
// 会员日 prize notice, a POS receipt-template footer and a Ktor log of a 汇付斗拱 notification) after heldout51's fixes;
// `heldout54` (one online legal-services platform and its partner law firms (法律服务平台/律所) — the case-management
// system's 委托人 file (委托人名称, 证件号码(委托人), 电子送达邮箱, 法律文书送达地址), 预存律师费余额(元) and 律师费退款账户, the
// loan-dispute intake (借款本金(元), 逾期本息(元), 借款人风险评分), enforcement 查控 feedback on vehicles (查控车辆号牌,
// 车辆所有人(查控反馈)), the consultation app's app_imei/app_wifi_mac/app_idfa(iOS推送), the 外访 collectors' wf_lat/wf_lng/wf_loc_time,
// 人损 cases' 伤情诊断(病历摘录), lawyers' 出庭差旅 hotel register, AXB-relayed consultation-call recordings, the IM consultation
// archive, 律师函 EMS mailing, the 法律服务 mall and the 合作律所 file; an Elixir Logger line of a court-trip check-in, a Go %#v
// print of a relayed consultation message, a Rails tagged Parameters line of the case system's login, a mosquitto_sub
// OwnTracks location of a field collector, a 钉钉宜搭 form-instance call for a 律师费 refund complaint, a 以案说法 live-stream
// preview, a FreeSWITCH dialplan speak prompt and a 连连支付 notification) after heldout51's fixes;
// `heldout55` (one city gas utility (城市燃气公司) — the 营业收费 system's 户号 customer file (户名(开户人), HZXB,
// ZJHM(户主身份证), 用气地址(户号装表地址), 宅电(预约入户安检), 电子发票推送邮箱), 代扣卡号(燃气费委托扣款) and 账户余额(预存气费,元),
// 欠费金额(含违约金,元) beside a 壁挂炉分期 partner and 缴费信用分, the counters' upper-case OPER_NO/OPER_PWD/LOGIN_IP, the
// 掌上营业厅 app's IMEI/MAC/IDFA, 入户安检 PDAs' AJ_LAT/AJ_LNG/AJ_DWSJ with PDA串号(安检手持机), CNG 加气卡 vehicles and their
// 持卡车主, 一氧化碳中毒 送医 records, 停气抢修 临时安置 hotel stays, the 96777 CDR, 公众号 messages' Content/CreateTime, IC-card and
// invoice mailing from the 营业厅, the 燃气商城 and the 合作单位 (燃气具/安装工程) file; a python-json-logger record of a 临时安置
// check-in, a Rust env_logger line of a 公众号 客服 msgrecord joined to a 户号, a PowerBuilder counter client's login trace with
// its SQL, an ArcGIS REST addFeatures call of an inspector's PDA position, a 泛微 e-cology doCreateRequest for an IC-card 购气
// not written to the meter and a doubly withheld gas bill, a 最美安检员 post, a ZPL meter-box warning sticker and a grep hit in
// a bank 代扣回盘 file) after heldout54's fixes;
// `heldout56` (one chain of KTV and entertainment venues (量贩式KTV连锁) — the member file (会员姓名(储值卡), pinyin-initial
// HYXB and SFZH(娱乐场所实名登记), 预订手机(订房), 电子发票推送邮箱(开票), 生日(会员生日包)), 储值余额(本金,元) and 充值绑定卡号, 企业签单
// 挂账 (签单额度(元), 签单逾期未结(元), 签单信用评分), 外籍 and 港澳台 guests' documents, the POS back office's upper-case
// OPERATOR_NO/OPERATOR_PWD(明文)/LOGIN_IP(收银后台), the 点歌App's IMEI/IDFA and the Wi-Fi Portal's STA_MAC, the 代驾 partner's
// dj_lat/dj_lng/dj_gps_time with 代驾手机IMEI, 包厢 送医 records, the staff dormitory's 长租酒店 register, the 订房热线 CDR with thsc(通话秒数), the 点歌
// 小程序's 上屏留言, 积分礼品 mailing from the 总部礼品仓, 停车减免 plates, 酒水编码(PLU) and 门市价 and the 酒水供应商 file; a go-zero
// logx JSON line of a dorm-overflow hotel check-in, a GatewayWorker log of a box-screen danmu message, a Fiber access line with
// the back-office login body, a pino-pretty single-line 代驾 location callback, a 轻流 apply call for a doubly-charged 储值卡 and
// an unrefunded 订房定金, a K歌周榜 post, an ASS subtitle Dialogue line of the box screen's notice and a Clojure timbre line of
// a 美团团购券 核销) after heldout54's fixes;
// `heldout57` (one study-abroad and immigration consultancy (留学移民中介) — the CRM's 申请人 file (申请人姓名(中文),
// Gender(护照页), 身份证号(签证材料), 户籍地址(户口本首页), Offer接收邮箱, DOB(护照资料页), 家长座机(紧急联系)), the 资金证明's
// 存款证明余额(冻结,元) and 退费收款卡号(家长名下), a 留学贷 partner (留学贷款额度/逾期金额, 准入评分), 护照号码(DS-160), 港澳台
// students' 回乡证/台胞证 and 移民客户's 永居证, 车产证明 plates and 行驶证所有人 for asset proof, the CRM's camelCase
// crmUserName/crmUserPwd/crmLastLoginIp, the 选校App's app_imei/app_mac/app_idfa, the airport-transfer cars'
// pickup_lat/pickup_lng/pickup_fix_time with pickup_gps_imei, 签证体检 results, the 面签行程 hotel register, the 家长咨询 line's
// CDR to 顾问工作手机, 企微 archived sessions, 护照回寄 SF shipping from the 文案部, 服务合同编号 and 实收服务费, the 留学/移民
// 套餐 catalogue, 签约城市/分公司 and the 合作机构 (院校代理/语培/地接) file; a Sidekiq job line of a 面签 trip check-in, a
// Microsoft Graph message export of a parent's e-mail, a Suricata eve.json http event with the CRM login body, a logged AWS
// Location BatchUpdateDevicePosition of a transfer car, a HubSpot ticket for an unpaid 拒签退费 and a doubly charged balance, a
// 行前说明会 recap, an e-mail signature with the overseas emergency hotline and a Go log of a Stripe checkout webhook) after
// heldout54's fixes;
// `heldout58` (one cinema chain with its online ticketing platform (影院连锁与票务平台) — the member-card file (持卡会员姓名,
// pinyin-initial HY_XB, 绑卡手机号(会员), 身份证号(会员实名), 电子票推送邮箱, 会员生日(生日观影券)), 会员卡可用余额(含赠送,元) and
// 充值银行卡号(快捷支付), a 年卡分期 partner with 先看后付信用分, 影展 guests' passports and 通行证, the 售票终端's snake_case
// sp_user_code/sp_user_pwd/sp_login_ip, the 购票App's IMEI/MAC/IDFA, merchandise riders' camelCase dispatchLat/dispatchLng/
// dispatchLocTime with dispatchTermImei, 场务/放映 工伤 records, the 影宿 hotel register, the 影城客服 CDR with call_sec(通话秒数),
// the App's 在线客服 messages, 衍生品 shipping from the 衍生品仓, 商场停车抵扣 plates, 卖品编码(POS), the 卖品供应商 file and
// 影城名称(专资编码); a Canal flat-message INSERT of an 观影住宿套餐 check-in, a 七鱼 session-message callback, a Delphi 售票客户端
// login trace, a Flink sink line printing a Kotlin TrackPoint, a 宜搭 form-instance call for an unissued ticket and an unredeemed
// combo, an 影城之星 post, a Boca FGL ticket-stub template and a kcat print of a ticket.order.paid record) after heldout57's fixes;
// `heldout59` (one home-renovation and interior-decoration company (家装公司) with showrooms, design studios,
// construction crews, material warehouses and a customer app — the 量房 and 签约 file (业主姓名(签约人), yz_sex,
// 量房预约手机, 签约人身份证号(合同), 装修地址(量房地址), 效果图/报价单接收邮箱), the 资金监管 escrow's 监管账户余额(装修款,元) and
// 工程款退款卡号, a 装修贷 partner (审批额度, 逾期金额, 准入评分), 海外业主委托签约 passports and 港澳台/外籍业主 documents, the
// ERP's ERP工号(设计/工程)/ERP登录密码/ERP最近登录IP, the 业主App's IMEI/WLAN MAC/IDFA, the workers' attendance app's camelCase
// punchLat/punchLng/punchTime/punchDeviceImei, 工地意外 工伤 records, the 异地班组 协议酒店 register, the 400装修热线 CDR
// transferred to 家装顾问, the 工地群 messages, 主材配送 from the 中心材料仓 to the site, 送料车 plates reported to the 物业,
// the 软装商城, 材料编码 and 套餐内单价(元/㎡), 签单展厅 and the 主材/辅材 supplier file; an AWS Lambda CloudWatch line of a
// crew's hotel check-in, a Logback line of a Feishu im.message.receive_v1 event from a 工地群, a Tornado debug line printing
// the ERP login's body_arguments, a Sequelize log of a site punch INSERT with its bind parameters, a bash-history curl creating
// an Airtable 客诉台账 record for a doubly deducted 分期 payment and an unrefunded 定制 deposit, a 完工交付 post, a gettext
// msgstr of the 施工公示牌's quality hotline and a Kingdee K3Cloud Save of a 收款单 for a 增项 payment) after heldout57's fixes;
// `heldout60` (one mobile-phone repair and trade-in chain (手机维修与回收连锁) — the repair ERP's 客户 file in the counter's
// words (客户名称(报修/卖机), 称谓(先生/女士), 联系电话(取机通知), 身份证号(回收实名登记), 电子保修单接收邮箱), device intake's
// IMEI1(送修机) and 无线局域网地址(送修机) beside the 估价App's IDFA/OAID, the 回收钱包 and 回收款打款卡号, a 新机分期 partner,
// 外籍 and 港澳台 sellers' documents, the ERP's 工号/账号 and 登录口令, 上门工程师 tracks (eng_lat/eng_lng/eng_loc_time,
// eng_phone_imei) and their 私车公用 plates, 门店事故 送医 records, 巡店/驻点 business-trip hotels, the 400 line's CDR with
// talk_dur_s, 寄修 return shipping from the 寄修中心, 小程序客服 messages, part_no and 配件 retail prices, and the 配件/回收渠道
// supplier file; an Airflow task log of a business-trip check-in, a Maxwell CDC record of a 客服 message, an HAProxy
// log line with the ERP login body captured, a NATS subscription print of an engineer's location, a Zoho Desk ticket for an
// unpaid trade-in payout and a suspected board swap, a 回收之星 note, a gettext warranty footer and an Aliyun FC log of a
// trade-in settlement) after heldout57's fixes;
// `heldout61` (one ski resort and outdoor-sports club group (滑雪场与户外俱乐部) — the 雪季卡 holder file (持卡人姓名(雪季卡),
// pinyin-initial CKR_XB and SFZH(实名入园), 电子保单/雪票接收邮箱, 常住地址(季卡寄送), 出生日期(儿童票/长者票核定)), 雪场通储值余额(元)
// and 押金原路退回卡号(雪具租赁), a 季卡分期 partner with 信用免押分(租板), 二世谷出境团 passports and 港澳台雪友 documents, the 雪友
// App's snake_case xueyou_login/xueyou_pwd(旧库明文)/xueyou_login_ip and push_imei/push_mac, the rescue team's sar_lat/sar_lng/
// sar_fix_time with its 4G对讲 terminals' IMEI, 雪场医务室 injury records, the resort's Lodge register, the 救援热线 CDR, the ski
// school's 约课咨询 messages, 雪板/季卡 return shipping from the 雪具大厅维修间, 季卡停车 plates, the 雪具店 POS and the 承保/接驳运营
// partner file; a logcli print of a Loki lodge-PMS check-in line, an OpenIM before-send callback of a lesson message, a Flask
// debug line with the coach portal's login form, a Garmin inReach IPC outbound event of a rescuer's position, an axios log of a
// Freshdesk ticket for an unreturned rental deposit and a doubly-charged season-card instalment, a 雪道之星 note, an iCalendar
// DESCRIPTION of a lesson booking and a 抖音来客 verify callback) after heldout60's fixes;
// `heldout62` (one online recruitment platform with headhunting branches (招聘平台与猎头) — the résumé library's 候选人
// file (候选人姓名(简历), geek_gender, 手机号(已实名·接收面试邀约), 身份证号(背调授权书), 现居地址(到街道门牌), 出生日期(简历解析)),
// the 猎币 wallet and 赏金提现卡号(内推/悬赏), third-party 背调 credit columns (背调·征信贷款余额/当前逾期, 征信评分), 海归/外籍
// and 港澳 candidates' documents, the employer side's 招聘者账号(企业子账号)/登录密码(企业端·明文旧库)/last_login_ip, the job-seeker
// app's risk IMEI/MAC/IDFA, consultants' 拜访签到 (bf_lat/bf_lng/bf_sign_time/bf_dev_imei) and 私车公用 plates, 入职体检, the
// final-interview 差旅 hotel register, the privacy-number CDR (caller_real_no(HR), callee_real_no(牛人), conv_sec), the geek–boss
// chat, Offer and 入职材料 mailing from the 猎头分部, 付费道具/会员套餐 and the employers' 营业执照 (执照OCR) file; a Symfony
// Monolog line of a candidate's interview-trip check-in, a Pulsar consumer's chat-archive line, a Spring Cloud Gateway access
// filter logging the employer login body, a Ktor CallLogging line of a consultant's visit sign-in, an OkHttp-logged Freshdesk
// ticket for a doubly charged VIP and an undelivered 背调 report, a 交付之星 note, an e-mail footer's 求职安全 hotline and a
// zap-logged GORM insert of an employer VIP order) after heldout60's fixes;
// `heldout63` (one chain of hair salons and beauty studios with prepaid member cards (美发美容连锁) — the 美业 SaaS's
// member file in the front desk's words (会员姓名(卡主), 性别(男宾/女宾), 手机号(会员卡号), 身份证号(储值实名), 发型师备注(发质/过敏史)),
// 卡内余额(本金+赠金) and 退卡打款银行卡号, a 项目分期 partner's fq_principal/fq_overdue_amt/fq_credit_score, the cashier client's
// loginName/loginPwd/loginIp(收银端), the member app's push-binding IMEI/MAC/IDFA, 上门跟妆师 tracks in pinyin initials (GZS_WD,
// GZS_JD, GZS_DWSJ, GZS_SBCH), 烫染过敏送医 records, the 培训中心 trainee hotel register, the 预约热线 CDR (caller_no, call_start,
// answered_secs), 小程序客服 messages, 零售寄送 from the 总仓, 免费停车 plates, 海外研修 passports, 门店名称(直营/加盟) and the
// 加盟商/供应商 file; a Monolog line of a trainee's hotel check-in, a Beego log of a mini-program 客服 message callback, an
// electron-log line of the cashier client's login, a ClickHouse executeQuery of a makeup artist's track point, a WeCom smartsheet
// add_records call for a closed franchise store's prepaid card and a double deduction, a 小红书-style note, a WXML 预付卡 notice
// and a Spring Boot line of a Meituan 团购 receipt consumption) after heldout60's fixes;
// `heldout64` (one wedding-planning and bridal-photography studio chain (婚庆策划与婚纱摄影连锁) — the 影楼 CRM's 签约新人
// file in the contract's words (签约新人(甲方), pinyin-initial XRXB, 甲方身份证号(合同), 新人手机(选片/取件通知), 精修底片接收邮箱,
// 联系地址(接亲/寄相册), 出生日期(择吉日), 娘家座机(备用联系)), 预存婚礼金余额(元) and 尾款代扣银行卡号, a 婚礼分期 partner (婚礼分期本金/
// 逾期额, 分期准入分(婚礼贷)), 海外旅拍 passports and 港澳旅拍 permits, the 选片小程序's snake_case xp_account/xp_pwd(明文)/xp_last_ip
// and the 云相册App's IMEI/WLAN_MAC/IDFA/OAID, the 外景车's wjc_lat/wjc_lng(GCJ-02)/wjc_gps_time/wjc_terminal_imei, 婚车号牌 and
// 外租 车主, 婚礼现场 送医 records, the 婚宴酒店's 客房包房 register (Check-in/Check-out(客房包房)), the 邀约 call centre's
// agent_cli(邀约外显)/lead_phone(客资)/talk_len_s, 微信客服 conversations, album shipping from the 后期制作中心, 套系 catalogue and
// 签单门店, and the 合作商家 (酒店/花艺/婚车) file; a Go log line of a WeChat subscribe-message to a room-block guest, a Python
// logging line with a dict repr of a 微信客服 sync_msg item joined to the 客资, an Echo gommon JSON line with a BodyDump of the
// ERP login, an Undertow-served Logback line of a 途强 tracker push from a 外景车, a pgAudit line of an after-sales ticket INSERT
// for an overdue album and an unrefunded deposit, a 公众号 wedding recap, a schema.org JSON-LD LocalBusiness telephone and a
// Ping++ charge.succeeded webhook of a 套系 deposit) after heldout63's fixes;
// `heldout65` (one private security-guard company that also runs residential access control (保安服务公司与小区门禁) — the
// access platform's 人员库 with 公安-style pinyin initials (XB, GMSFHM(公民身份号码), CSRQ) beside 手机号码(开门授权) and
// 户内座机(可视对讲回拨), 停车储值余额(元) and 代扣卡号(停车月租), a 车位分期 partner, 境外安保项目 passports and 访客 回乡证/台胞证,
// the platform's opr_account/opr_pwd(明文·旧版)/last_login_ip, the owner app's 手机开门绑定IMEI/蓝牙开门MAC, the patrol terminals'
// lat_wgs84/lng_wgs84/checkpoint_time/巡更终端IMEI, 事件报告 送医 records, the 外派勤务 hotel register, the 24h监控中心 CDR,
// 业主App→门岗 messages, 补卡 mailing from the 服务中心, 道闸 plates and 月租车 owners, 安防器材 物料 and the 甲方 (驻勤项目) file;
// a Python-logged dict of a 外派勤务 hotel check-in with the guard's 保安员证, a mosquitto_sub -v print of an owner's message to
// a gate screen, a morgan line with the access platform's login body, an env_logger line of a patrol checkpoint hit, a Go %#v
// of a 月租车 double-charge complaint, a 好人好事 bulletin, a 道闸 LED text command and a bunyan line of a 临停 payment)
// after heldout63's fixes;
// `heldout66` (one county's rural e-commerce service-station network (县域农村电商服务站) — the 村级服务站 system's 户主 file
// (户主姓名, 性别代码(XB), 身份证件号码(实名), 详细住址(乡镇/村/组)), 补贴发放账号(社保卡) and 账户可用余额(元), the 农商行 助农贷's pinyin-initial
// ZND_SXJE/ZND_YQJE and 农户信用评级得分, the 站长端 App's camelCase zzAccount/zzPassword/zzLoginIp and the station PDA's IMEI/MAC,
// the 下行配送车's 北斗 track (纬度(北斗), 配送车北斗终端IMEI), 代挂号 for villagers, the 县站长培训班's hotel register, 农产品上行
// shipping with 代收货款COD(元) from 发货农户, 代购订单 and 服务站名称(村级站点) by 所属乡镇, the 站长群 chat, 揽收车 plates and the 合作企业
// file; a RuoYi log line of a training-class check-in, an sqlite3 .dump INSERT of the station app's group message, an Express
// morgan line with the login body, a Go %#v print of a 北斗 van position, a 明道云 addRow call for a 货到付款 代购 complaint,
// a 公众号 sentence, a pick-up SMS template in a .properties file and a 农商行 收单 settlement-file row) after heldout63's fixes;
// `heldout67` (one provincial sports-and-welfare lottery retail network (彩票销售网点与兑奖中心) — the real-name file of
// 代销者 and 彩民 (真实姓名, XB_DM, ZJHM(兑奖身份核验), 联系地址(身份证住址), 电子邮箱(开奖通知)), big-prize payouts to
// 收款银行卡号(奖金转账) and the 彩民钱包余额(元), a 开站贷 partner (开站贷授信额/逾期, 代销者信用分), 外籍 and 港澳台 winners'
// documents, the terminals' operator_id(销售员)/operator_pwd/terminal_ip, the 彩民App's IMEI/MAC/IDFA, 巡查 handhelds'
// pinyin-initial xc_wd/xc_jd/xc_dwsj and 巡查车 plates, 销售员健康证 checks, the 代销者年会 hotel register, the service line's
// calling_no/transfer_no(站主手机)/talk_duration_s, 在线客服 chats, 即开票/热敏纸 delivery from the 省中心物流仓, the 积分商城
// and the 终端/耗材 厂商 file; a Tornado log line of an annual-meeting check-in, an OpenIM after-send callback with an escaped
// content and ex, a glog line of a terminal SIGN_ON request, a Python-logged pymongo insert of a GeoJSON inspection point, an
// osTicket API call for an unpaid prize transfer and a double wallet top-up, a 金牌代销者 sentence, a TOML ticket-footer line and
// a Rust log line of a settled top-up) after heldout66's fixes;
// `heldout68` (one online freight-matching platform for trucks (网络货运平台) — the driver and shipper files with
// 实名姓名(司机/货主), sfzh(实名认证) and 所有人(行驶证登记), the 交通部 网络货运信息交互系统's upload fields (vehicleNumber,
// shippingNoteNumber, placeOfLoading, goodsReceiptPlace, descriptionOfGoods), the 运费钱包 and 收款卡号(运费到账), 运费预支 and
// its 司机信用分, the shipper portal's loginName/loginPwd/last_login_ip, the driver app's IMEI/wifi_mac/IDFA, the 北斗 track's
// pinyin-initial gj_wd/gj_jd and 北斗车载终端IMEI(部标), 事故人伤 claims, the 司机之家 partner-hotel register, the dispatch CDR
// (calling_no, called_no, bill_sec), the 调度IM, 两地车 and 跨境线路 drivers' documents and the 托运企业 file; a Ktor log line with a
// Kotlin data-class toString of a 司机之家 check-in, an Easemob (环信) chat callback of a driver's message, a Suricata eve.json http
// event with the shipper portal's login body, a Flink print-sink row of a truck track point, a 12328 转办 complaint XML about unpaid
// freight and a cargo-insurance deduction, a 安全驾驶标兵 sentence, an Android strings.xml hotline and a 网络货运 ministry
// waybill-upload log line) after heldout66's fixes;
// `heldout69` (one chain of car-repair and car-wash shops (汽车维修保养与洗车连锁) — the store SaaS's 客户档案 in the service
// desk's words (客户姓名(送修人), 性别(先生/女士), cust_mobile(取车通知), 身份证号(理赔/实名), 联系地址(上门取送车)), HPHM(号牌号码) and
// 登记车主(行驶证所有人), 储值余额(洗车卡·元) and 退卡收款银行卡号, a 理赔垫付分期 partner, 两地牌车主's 港澳通行证 and 出境自驾 passports, the
// 门店PC端's 操作员账号/操作员密码(明文)/login_ip, the 车主App's IMEI/MAC/IDFA, the 救援车's jy_lat/jy_lng/jy_gps_time/救援车终端号(IMEI),
// 技师工伤 records, the 救援住宿权益's 协议酒店 register, the 救援调度 CDR (求援主叫号码, 被叫(救援司机), talk_secs(救援调度)), App 在线客服
// messages, 配件 shipping from the 区域中心仓, OE号/配件编码, 工单号(WO) and 施工门店(洗美/快修), and the 合作单位 (保司/配件商) file;
// a Yii2 log line of a 救援住宿 check-in, a Ktor line with a Kotlin data-class print of an in-app chat message, a Spring
// CommonsRequestLoggingFilter line of a store-PC login, a Traccar position-forward payload of a rescue truck, a SQLAlchemy
// parameter line of a 理赔钣喷 parts-swap, 储值卡 deduction and closed-store complaint, a 暖心技师 post, an Android strings.xml rescue hotline and a
// log4js line of a self-service wash payment) after heldout66's fixes;
// `heldout70` (one city's emergency medical centre with its ambulance dispatch (120急救指挥中心) — the pre-hospital care
// record's SBYXM(伤病员姓名), pt_gender, SFZH(院前病历), csrq(出生日期) and 住址(病历首页), the call-taking desk's 来电号码(ANI),
// 回拨号码(受理台), 摘机时间, 受理时长(秒) and 固话号码(装机地址), 12120 短信呼救, the ePCR's pcr_prelim_dx and handover_dept with
// 交接伤病员 and 交接日期(到院), 车载医保刷卡 and 退费收款卡号, 先救后付 credit (挂账/逾期/信用分), 涉外转运 documents, 肇事车辆号牌 and
// its 所有人(垫付责任人), the dispatch seats' 调度员工号/登录密码/坐席IP, the 一键呼救App's IMEI/MAC/IDFA, ambulance tracks in
// CLWD/CLJD with the 车载终端IMEI(随车平板), 跨省转运 crews' hotel register, the 病案室's EMS mailing of record copies, the 物价
// 收费项目 and the 急救网络医院 file; a Monolog line of a transfer crew's hotel check-in, a Kannel access-log line of an SMS to
// 12120, a SQL Server Profiler row of the C/S dispatch client's seat-login procedure, a PostgreSQL statement log of a PostGIS
// track INSERT, a Spring log of a Flowable fee-complaint process with its variable map, a 公众号 story, an on-board receipt
// footer and an Android logcat line of an on-board fee payment) after heldout69's fixes;
// `heldout71` (one online second-hand goods marketplace with escrow and an inspection centre (二手交易平台与验货中心) — the
// user file's realname(实名认证), id_card_no(实名核验), bind_mobile(登录/交易通知) and 默认收货地址(买家), 提现卡号(担保款结算) and the
// wallet balance, 分期购 and its 风控信用分, 境外/港澳台 sellers' documents, 二手车寄售's 号牌 and 行驶证车主, the passport service's
// uname/pwd(旧库明文·待清洗)/last_login_ip, the risk-control device fingerprint (dfp_imei, dfp_wifi_mac, dfp_idfa), 上门回收员's
// hs_lat/hs_lng/loc_ts and PDA 串号, the inspection centre's 医务室, 鉴定师差旅 hotels, the dispute hotline's CDR (ani, dnis,
// cdr_begin), the buyer–seller IM, 寄验运单 and 验后转寄, 质检报告SKU, 宝贝标题 and 一口价, and the 入驻企业卖家 file; a
// logstash-logback JSON event of an appraiser's hotel check-in, a NetEase Yunxin 抄送 callback of a buyer's message, a go-kratos
// logfmt line of a gRPC password login, a Fluentd out_file record of a recycler's position, a keyed kafka-console-consumer
// record of an inspection-mismatch dispute, a 闲置好物 story, an iOS Localizable.strings tip and a logrus line of an escrow
// release) after heldout69's fixes;
// `heldout72` (one chain of adult language-training schools (成人外语培训学校) — the CRM's 学员档案 (姓名(与证件一致), stu_gender,
// 学员手机(上课提醒), 身份证号(课程合同), 考试报名邮箱(雅思/托福账号), 通讯地址(教材邮寄), DOB(出生日期), 住宅电话(入学登记表)), the
// 课时账户余额(元) and 退费收款卡号(学员本人), a 培训贷 partner (培训贷合同金额(元), 分期逾期金额(培训贷), 培训贷准入评分), 护照号码(考试报名),
// 外籍学员/外教's 永居证 and 港澳台 documents, the 学习App's snake_case stu_login_id/stu_login_pwd/stu_login_ip and IMEI/MAC/IDFA, the
// app's camelCase attendLat/attendLng/attendLocTime/attendDeviceImei 课堂签到, the 集训营 dormitory register and 就医 records, the 课程顾问
// outbound CDR, 班级群/在线答疑 messages, 教材/成绩单 mailing by 校区教务, 校区停车备案 plates, 课程编码(SKU) and 报名校区(签约中心), and the
// 合作单位 (考点/宿舍/分期机构) file; a logstash-logback JSON line of a camp dormitory check-in, a Python-logged Agora RTM peer message
// of a live-class chat, a morgan access line with the learning app's login body, a Baidu 鹰眼 addpoint call of a camp shuttle bus, a
// Zoho Desk ticket for a 培训贷 deduction after a cancelled class, a 高分喜报, a Moodle language string's hotline and a Celery task
// result of a paid enrolment) after heldout69's fixes;
// `heldout73` (one theme-park and water-park operator (主题乐园与水上乐园) — the ticketing system's 实名 visitor file
// (游客姓名(实名), XB(M/F), 手机号码(购票预留), 身份证号(刷证入园), Email(电子门票接收), 出生日期(儿童/长者票核验)), the 年卡登记表's 固定电话 and
// 联系地址(年卡卡片邮寄), the 手环余额(元) wallet and 退款卡号(手环余额原路退), 年卡分期 and 先游后付信用分, 境外/港澳台 visitors' documents and
// 永居证号(外籍年卡), the parking system's CPHM(车牌号码) and 车主(停车年卡绑定), the app's member_account/member_pwd/mbr_last_ip(App) and
// app_imei/app_mac/app_idfa, the 防走失手环's band_lat/band_lng/band_loc_time/band_imei, the 医务室's 伤病者 (游客/演职人员) and 送诊科室,
// the resort hotel's Opera-style Guest Name/Arrival/Departure/Rm No., the 游客服务热线 CDR, the App 在线客服, 失物招领 and 年卡 mailing,
// 票种编码(PLU) and the 分销商 (旅行社/OTA) file; a FIAS GI record from the hotel PMS to the wristband gateway with A0/A1 user fields,
// a Quarkus log of a NetEase Qiyu (七鱼) message push with its userInfo, an nginx line with $request_body of a gate PDA's operator login,
// a Paho MQTT subscriber line of a kids' wristband position, a Maxwell binlog JSON of a 年卡 face-recognition double-charge complaint,
// a 乐园人物志 story, a gate terminal's INI reject message and a Douyin 团购 certificate-verify log) after heldout72's fixes;
// `heldout74` (one home-care nursing and domestic-helper agency (家政服务与居家护理) — the 雇主 file (雇主姓名, xb,
// 联系手机(短信通知), 身份证号码(签约人), 服务地址(上户地址), CSRQ(出生日期)), 预存服务费余额(元) and 退款账户卡号, a 服务费分期
// partner's 授信分(服务费分期), 港澳台 and 外籍雇主 documents and 护照号(随雇主出境陪护), the 被照护长者's 健康档案 (既往病史/诊断, 陪诊就医日期),
// new helpers' 阿姨之家/协议酒店 lodging register, the 阿姨端 app's snake_case login_name/login_passwd/client_ip and bound devices,
// 上户打卡 sign_lat/sign_lng/sign_time/sign_imei, the 400 line's caller_no/called_no/talk_sec, 家属群 护理日志 messages, 合同/健康证
// mailing by 门店督导, 服务项目编码 and 套餐 prices, and the 合作机构 (保险/体检/背调) file; a log4j2 EcsLayout line of a new
// helper's hotel check-in, an Easemob group-message callback from the family group, an Egg.js context-logger line of the helper
// app's login body, an EMQX rule-engine line of a geofenced 上户打卡, a Rails Parameters line of a 住家护理员 refund complaint, a
// 金牌阿姨 story, a Flutter ARB hotline string and an Elixir Logger line of a monthly service-fee deduction) after heldout72's fixes;
// `heldout75` (one municipal public-rental housing and talent-apartment centre (公租房与人才公寓管理中心) — the 保障房 applicant
// file (主申请人姓名, pinyin-initial SQRXB and CSRQ(家庭成员), 主申请人公民身份号码, 现居住地址(本市无自有住房), 单位固话(在职证明)), the
// 财产核查's 名下车辆号牌 and 车辆所有人, 大病优先配租 medical certificates, 预存租金余额(元) and 租金代扣账号, 欠租 arrears with
// 欠租分期协议金额 and 诚信租住分, 留学归国/港澳台/外籍 talents' documents, the 住房服务平台's snake_case user_acct/user_passwd/
// last_visit_ip and the 智慧门禁App's IMEI/MAC/IDFA, 入户核查 inspectors' xcy_lat/xcy_lng/xcy_loc_time, the 青年人才驿站 free-stay
// register, the 催缴外呼 CDR (CALLING_NO, CALLED_NO, ANSWER_TIME, TALK_LEN), 在线咨询 messages, EMS mailing of lease contracts by
// the 配租科, the 拎包入住 mall and the 整租单位 file; a P6Spy single-line log of a 人才驿站 check-in INSERT, a Node debug-module
// line of an online-consultation WebSocket frame, a Tomcat AccessLogValve line of the legacy 住房保障 system's GET login, a
// ShardingSphere-SQL Actual SQL line of an inspector's track point, an EF Core Executed DbCommand of a 押金/重复代扣 complaint,
// a 邻里故事 post, an access card's back and a bank 代扣回盘 row of a rent deduction) after heldout72's fixes;
// `heldout76` (one network of plasma-collection stations run by a blood-products company (单采血浆站) — the 浆员 file
// (浆员姓名(JYXM), jyxb, SFZH(二代证读卡), 户籍地址(划定采浆区域), 出生年月日(身份证)), 营养费发放卡号 and 补贴账户余额, 预支营养费 and
// 浆员信用分(爽约/冒名记录), 境外旅居史 passports and permits, 外籍审计专家, 初筛 体检结论/淘汰原因 by 检查岗位, remote donors' 协议宾馆
// lodging, the 献浆预约App's IMEI/MAC/IDFA and login_ip, the C/S station system's czydm/czykl, the 接送车's gps_wd/gps_jd/gps_dwsj
// and 车载终端IMEI, 召回外呼 records, 浆员服务号 messages, 冷链 sample mailing to the 中心检验室, the 积分商城, the 供应商 file and
// 所属浆站/采浆区域; a logrus line of a 协议宾馆 check-in, a Monolog line of a 服务号 message, a log4net line of an operator login, a
// Fluent Bit stdout record of a shuttle-bus fix, a Serilog CLEF event of a 营养费退票 complaint, a 浆站简讯 sentence, a 召回 SMS
// template and an SRM purchase-order row) after heldout75's fixes;
// `heldout77` (one third-party debt-collection agency working for consumer-finance lenders (委外催收公司) — the 委案 case file
// (债务人姓名(委案), ZWR_XB, 本人手机(委案预留), 证件号码(二代证), 户籍/现住址(外访地址), CSRQ(证件解析)), 还款银行卡号(代扣绑卡) and
// 绑卡账户余额(元), 逾期天数(DPD)/合同借款本金(元)/B卡评分(委方), 进件设备IMEI/MAC/IDFA(iOS), 停催减免 medical records, the
// collectors' snake_case collector_code/collector_pwd/last_login_ip(作业平台), the 外访 app's camelCase visitLat/visitLng/locTime/
// visitDeviceImei, 外访差旅 hotel stays, the dialler's upper-case DISPLAY_NO/DEST_NO/DIAL_TIME/BILL_SEC(接通计费秒), 上行短信 replies, 律师函
// mailing by 法务专员, 分期商品 and 分期商户门店, and the 委托方 (放款机构) file; a Spring Cloud Sleuth line of a 商旅 hotel check-in
// callback, a Spring AMQP Message print of an SMS-MO reply, a CTI agent-bar WebSocket signIn frame, an HBuilderX console line of a
// uni-app 外访签到, an Apache Camel Exchange log of a 已还款未销账 complaint, a 月度之星 notice, a compliance-SMS footer and a
// 代扣 callback query string) after heldout75's fixes;
// `heldout78` (one self-drive car-rental company with app booking and city stores (自驾租车公司) — the member app's
// snake_case logins and risk-control device fingerprints (member_login_name, member_login_pwd, risk_device_imei, risk_wifi_mac),
// 人脸核身 and 驾驶证 OCR columns (jsz_xb, jsz_csrq, 驾驶证登记住址), 预授权信用卡号 and 租车钱包余额(元), 信用免押's 芝麻分 and
// 待追缴车损/违章款, 长租分期, 港澳台/外籍/境外驾照 documents, 托管车主 and 托管车号牌, the T-Box's tbox_lat/tbox_lng/tbox_imei/
// tbox_gps_time, 出险人伤 records, the 自驾套餐 partner-hotel register, stores' 工作手机 call records, App 在线客服 messages, mailing
// of 车内遗留物, 增值服务 prices and the 合作维修厂 file; an AWS Lambda CloudWatch line of a 自驾套餐 check-in, a Ktor log of a
// Meiqia webhook, a Gin log of a store PDA's login body, a Flink log of a GB/T 32960 real-time frame, an Apache Camel exchange
// of a 12315 押金/违章 complaint, a 门店之星 story, a sun-visor notice and a Rust tracing line of a pre-authorisation settlement)
// after heldout75's fixes;
// `heldout79` (one chain of private kindergartens and early-education centres (民办幼儿园与早教中心) — the enrolment
// form's and 学前教育管理信息系统's terms (宝宝姓名(报名表), 身份证件号(学籍系统), 出生日期(户口本), 港澳台侨外 documents), 监护人手机
// (第一联系人) and 现住址(校车接送点), 保教费代扣卡号 and 预交保教费余额(元), a 托育费分期 partner, the 家长端 App's camelCase
// jzLoginName/jzLoginPwd/jzLoginIp, the 看宝宝 CCTV live-view terminals' IMEI/MAC/IDFA, the school bus's pinyin-initial XC_WD/XC_JD/
// XC_DWSJ/XC_ZDIMEI, 晨午检 and 入园体检 referrals, the 亲子营 partner-hotel register, the 招生外呼 CDR in pinyin initials (ZJHM, BJHM,
// HJKSSJ, THSC_S), 家园沟通 messages, 园服/绘本 mailing by teachers, the early-education centre's English class-package columns and the 食材/教玩具
// supplier file; a Quarkus console line of a 亲子营 check-in callback, a swift-log line of a Vapor 家园共育 message, an ASP.NET Core
// request-body log of the 看宝宝 login, a Postgres statement log of a PostGIS bus-track INSERT, a 12345 转办 XML of a 退园退费
// complaint, a class weekly-report thanks, an enrolment-poster footer and a CCB 龙支付 保教费 notification query string)
// after heldout78's fixes;
// `heldout80` (one health-insurance brokerage with an online claims service (健康险经纪与理赔服务) — the insurer-interface
// tables' Lis-style 投保人 columns (AppntName, AppntSex, AppntIDNo, AppntBirthday, MakeDate), 电子保单接收邮箱 and 纸质保单寄送
// addresses, 理赔款收款账号 and 健康金账户余额(元), 保费分期 with 分期准入评分, 境外就医直付 passports, 港澳台 and 外籍被保人
// documents, 财务核保's 名下车辆号牌, the 展业App's BrokerCode/LoginPwd/LastLoginIP and 投保回溯 device fingerprints, 理赔调查员
// tracks in pinyin initials (dcy_wd, dcy_jd, dcy_dwsj), 出险就诊 invoices (疾病诊断(ICD-10), 发票科室), the 就医绿通 陪诊住宿
// register, a CTI export (CallerNo, CalleeNo, CallBeginTime, TalkSeconds), 在线理赔 IM, 快递鸟-style 理赔原件 mailing
// (LogisticCode, Sender.Name, Receiver.Address), 体检卡 and 权益 deliveries by 体检机构门店, 险种代码 and the 承保保险公司 file;
// a Quarkus console line of a 绿通 lodging callback, a Python dict repr of a Sobot (智齿) message push, an Echo body-dump
// access line of the 展业App's login, a log4js line of a Baidu 鹰眼 addpoint upload, a zap JSON line of a 12378 double-
// deduction complaint, a 服务之星 weekly note, an e-policy footer and an insurer 出单 interface XML) after heldout78's fixes;
// `heldout81` (one long-distance coach station and intercity bus company (长途汽车客运站与城际巴士) — the 联网售票 system's
// 实名制 passenger file (购票人(实名), CCRXB, 乘车人证件号(二代证验票), ccr_csrq, 常住地址(定制客运上车点)), 畅行储值卡余额(元) and
// refund_card_no(退票原路退回), 挂靠经营 buses' 车辆分期本金/欠缴承包费 and 驾驶员诚信考核分, 港澳台/外籍/境外旅客 documents for
// 实名购票, the C/S ticket windows' SPYGH/SPYKL/DLIP(售票终端), the 购票App's 终端IMEI/gp_app_wifi_mac/app_idfa, the 车载北斗终端's
// WD/JD(北斗) and GNSS定位时间, 驾驶员岗前体检, the 驾乘公寓/异地驻点宾馆 register, the 调度台 call recordings, 定制客运 passenger
// messages, 小件快运 consignment (托运人, 收货人(到站自提)), 班次 and 票种 products, 售票点(代售网点) and the 联营承运企业 file; a Quarkus
// console line of a crew lodging check-in, a go-kit logfmt line of a 定制客运 message relay, a WebSphere SystemOut line of a ticket
// window login, a JT/T 809 UP_EXG_MSG_REAL_LOCATION upload to the provincial platform, a CSV row of a 12328 退票退款 工单, a 最美司乘
// sentence, the back of a paper ticket and a zap JSON line of an Alipay notification) after heldout78's fixes;
// `heldout82` (one payment aggregator and POS acquiring service provider for small merchants (聚合支付与收单服务商) — the
// 进件 API's Fuiou-style legal-person fields (artif_nm, FRXB, certif_id, 法人住址(身份证OCR)) and 结算 acnt_no, 可提现余额(D0,元),
// 商户贷 with 商户风险评分(0-1000) and 名下车牌号(商户贷尽调), 港澳台/外籍法人 documents, the agent portal's 操作员登录名/操作员密码(初始)
// and last_login_ip, the 商户通 App's device IMEI/wifi_mac/IDFA, the terminals' pos_lat/pos_lng/lbs_rpt_time and 终端IMEI(移机监控),
// the 诊间付 clinic-industry orders (就诊人(诊间付), 诊断(诊所SaaS回传)), BD 差旅 hotel stays, 拓展员工作手机 call records, 商户客服
// IM, 机具寄送 (发货人(机具仓), 收机地址(装机地址)), 物料 and 服务商 files; a Logstash-encoder JSON line of a hotel's 押金预授权 at
// check-in, a kafka-console-consumer print of a merchant's IM message, a request-parameter filter dump of the agent portal's login,
// a POS 0800 签到 with its F59 location, a Canal flat message of a 重复扣款 调单 ticket, a 商户故事, a POS slip footer and a
// pipe-delimited 对账文件 row) after heldout81's fixes;
// `heldout83` (one internet hospital with a chronic-disease management service (互联网医院与慢病管理平台) — the 慢病档案's
// 建档 columns (建档人姓名(慢病档案), XBMC(性别名称), 身份证号(医保电子凭证核验), 现住址(送药上门), birth_date(建档登记)), 预存药费余额(元)
// and 药费代扣银行卡, 先诊后付 credit and 医疗分期, 境外/港澳台/外籍就诊人 documents, the doctor workstation's camelCase doctorLoginName/
// doctorLoginPwd, the 血糖仪 IMEI, 血压计蓝牙MAC and 患者端IDFA, the 定位款 blood-pressure watch's loc_lat/loc_lng(GCJ-02)/loc_time,
// 问诊单 (就诊人姓名(问诊单), 诊断名称(复诊续方)), the 控糖营 camp hotel register, a FreeSWITCH-style 随访外呼 CDR (called_number,
// answer_time, billsec), 图文问诊 messages, 送药 waybills (发药药师, 收药人(用药人或代收)), the 冷链送药车 register, 医保药品编码 and
// 承接药店(O2O), and the 药企/器械厂商 file; an Aliyun SendSms log line of a 控糖营 check-in notice, a NetEase 云信 message-CC callback
// of a 图文问诊 message, a logrus line of a go-grpc-middleware payload log of a doctor login, a Huawei IoTDA property push of a
// blood-pressure watch's location, a python-json-logger record of a 送药 complaint, a 糖友故事 sentence, an e-prescription footer and a
// 医保移动支付 6301 settlement-query response) after heldout81's fixes;
// `heldout84` (one vocational college's campus smart-card and dormitory management system (职业院校一卡通与宿舍管理) — the
// 学工系统's student file in mixed pinyin and notes (stu_xm, SFZH(身份证号), CSRQ(学籍), TXDZ(通讯地址), 本人手机(学工)), the
// 一卡通's 圈存绑定银行卡号 and 电子钱包余额(元), 生源地助学贷款 with 助贷逾期本息 and 资助诚信积分, 港澳台学生 and 留学生 documents,
// 护照号码(境外顶岗/研修), the campus gate's 备案车牌(校园道闸), the unified identity (CAS) accounts, the 智慧校园 App's and 校园网准入's
// terminals, 顶岗实习 daily sign-in in pinyin initials (sxqd_wd, sxqd_jd, sxqd_sj, sxqd_imei), the 校医务室, 技能大赛集训 lodging, a
// counsellors' V-net CDR (CALLING_NBR, CALLED_NBR, START_TIME, CALL_DURATION), the 辅导员信箱, 招就处's EMS 机要 mailing of files and
// certificates, canteen POS 菜品 and 一卡通商户/档口 and the 校企合作 实习单位 file; a Micronaut console line of a 集训 lodging check-in,
// a Workerman/GatewayWorker onMessage line of a counsellor chat, an Nginx pipe-delimited log with the request body of a CAS form
// login, a winston JSON line of an internship sign-in, a FastAPI/pydantic repr of a 充值未到账 ticket, a 宿舍文明之星 notice, the
// back of the campus card and a canal flat message of a canteen POS transaction) after heldout81's fixes;
// `heldout85` (one chain of fitness clubs and personal-training studios (健身房连锁与私教工作室) — the 会籍 system's member
// file from the membership contract in pinyin initials and notes (HYXM(会员姓名), hyxb, hy_csrq, 身份证号(实名入会/人脸建档),
// 常住地址(合同送达), e签宝合同推送邮箱), 月付会费代扣卡号 and 储值余额(元,含赠送), 私教课分期 with 分期授信分(合作机构), 港澳台 and
// 外籍会员 documents, 会员车牌(免费停车2h), the member mini-program's accounts and the 蓝牙闸机 phones' IMEI/MAC/IDFA, the 户外跑课
// bands' gps_lat/gps_lng/gps_time, InBody 体测 with PAR-Q既往病史 and 体测转介, the 减脂营 hotel register, 会籍外呼 calls (talkSec),
// 私教私信, 入会礼包 shipping from the 总部仓, 课包/商品SKU, 收银单号 and the 器械/补剂供应商 file; a go-zero logx JSON line of a 减脂营
// check-in, a Hyperf/Monolog line of a coach IM message, a Spring Cloud Gateway request-body log of the coach iPad's login, an IoTDB
// INSERT of a running band's track point, an Elixir/Phoenix log of an Ecto 私教课退费 ticket, a 会员蜕变故事, a membership-contract
// 冷静期 clause and a 点评 团购券 验券 response) after heldout84's fixes;
// `heldout86` (one mobile operator's county branch business halls (运营商县分公司营业厅) — the CRM's 实名登记 fields with
// 二代证读卡器 notes (机主姓名(实名登记), CERT_SEX(读卡性别), ACC_NBR(服务号码), 证件地址(读卡器)), 实时话费余额(元) and
// 托收银行账号(话费代扣), 境外人员/港澳台/五星卡 入网 documents, the 合约机's 终端串号IMEI and 信用购机 instalments (终端分期本金(元),
// 终端分期逾期金额(元), 信用购机评分), the 光猫's ONU_MAC, the 掌厅's 服务密码(6位), 号卡配送 and 送机上门, 欠费催缴 outbound calls
// (TALK_SEC), 看护终端 LBS_LAT/LBS_LNG, staff 年度体检 and 外派支撑 lodging, 车载物联卡 owners and the 社会渠道 代理商 file; a CMPP_SUBMIT
// log of a lodging SMS, a CMPP_DELIVER log of a 催缴 reply, a WebLogic debug line of a CRM staff login, a OneNET 3336 Location data
// push of a watch, an ESB XML complaint about a 合约机 instalment deduction, a 服务之星 sentence, a 宽带装机确认单 footer and a
// pipe-delimited 终端销售出库 row) after heldout84's fixes;
// `heldout87` (one county people's court's litigation-service centre (法院诉讼服务中心) — the 立案 system's 当事人 columns with
// pinyin-initial notes (当事人名称(自然人), XB(当事人), ZJHM(公民身份号码), CSRQ(当事人), 送达地址(地址确认书填写), 电子送达邮箱(同意电子送达)),
// 执行 网络查控 feedback (被执行人银行账号(网络查控), 账户余额(查控反馈,元), 号牌号码(车辆查控), 机动车所有人(查控反馈), 护照号码(限制出境)) and
// the 公安 住宿记录 feedback on debtors (被查询人(住宿记录), RZSJ/TFSJ(公安住宿反馈)), 批量立案 of loan disputes (借款本金(起诉状,元),
// 逾期本息(诉请,元), 行内信用评分), 涉外/涉港澳台当事人 documents, the 律师服务平台's LSZH/LSMM/DLIP, 移动微法院 and 电子签收 terminals,
// 外勤送达 body-camera positions (WD/JD, DWSJ, 执法记录仪IMEI), 人身损害 病历摘录, 诉前调解 outbound calls, 12368 留言, EMS 法院专递
// (寄件人(书记员), 受送达人), 非税 诉讼费 items and 缴款单号, the 特邀调解组织/律所 roster and 立案窗口/派出法庭; a log line of a 公安
// 住宿信息 查控 XML feedback, a CMPP_DELIVER SMS reply to a 短信送达, a TongWeb log of a 律师服务平台 login, a GB28181 MobilePosition
// NOTIFY of a 执法记录仪, a .NET single-line console log of a 12368 诉讼费退费 ticket, a 调解手记, an SMS 送达 footer and an access-log
// line of a 非税 payment notification) after heldout84's fixes;
// `heldout88` (one city's social-insurance and employment service bureau (人社局社保与就业服务中心) — the 金保工程 core's
// indicator-code columns with notes (AAC003(参保人姓名), AAC004(性别,1男2女), AAC002(社会保障号码), AAE006(居住地址), AAE036(经办时间)),
// 养老金发放账号(社保卡银行账户) and 个人账户累计储存额(元), 境外待遇领取资格认证 and 港澳台/外籍参保 documents, 创业担保贷款, the 单位网厅's
// logins, 电子社保卡签发 devices, 公益性岗位 打卡 positions (DKWD/DKJD, DKSJ), 工伤认定 injuries, the 青年驿站 register of job-seeking
// graduates, 12333 回访外呼 and 在线咨询, 社保卡 EMS mailing, the 一卡通 惠民商城 and 签约商户, 新就业形态职业伤害保障 vehicles and the
// 招聘会 参展单位 file; a DataX dirty-record log of a 青年驿站 check-in, a CSV row of a 12333 online-chat export, an RFC 5424 CEF
// alert of a WAF on the 网厅 login, a Baidu 鹰眼 addpoint request of a 公益岗 punch, an Activiti process start of a 重复扣款
// complaint, a 就业暖心故事, an anti-fraud SMS and a DM8 SQL-log INSERT of a 惠民商城 settlement) after heldout87's fixes;
// `heldout89` (one chain of optical shops that also fit hearing aids (眼镜店与助听器验配连锁) — the store ERP's 验光档案 with
// pinyin-initial and bracketed notes (顾客姓名(验光档案), gkxb, csrq(会员生日礼), JDSJ(建档时间), 身份证号(残联助听器补贴申领)), 储值卡
// and 储值退款 card, 助听器分期 with 分期准入评分(合作方), 港澳台/外籍 members and 助听器全球联保 passports, the hearing-aid app's bound
// phones (手机IMEI(助听器App绑定), 助听器蓝牙MAC(左耳机)), the 积分商城's mall_user/mall_pwd/last_login_ip, 上门验配 field terminals'
// fit_lat/fit_lng/fit_loc_time, PTA/电脑验光 检查 records, 巡回验配 lodging, 取镜/试戴 回访 calls (thsc), 企微客服 consultations,
// 维修件回寄 shipping, 配镜/验配单号 and the 镜片/助听器供应商 file; a Quarkus log of a 商旅 check-in callback, a logrus logfmt line of
// a WeCom 会话存档 message, a Delphi POS workstation's login log, an Egg.js log of a home-visit track upload, a Kotlin data-class
// print of a 助听器保修理赔, an 爱耳日 义诊 sentence, a warranty card's hotline and a Python-logged dict of a 车房 lens-order receipt)
// after heldout87's fixes;
// `heldout90` (one operator of smart express lockers and community parcel stations (智能快递柜与社区驿站运营商) — the user
// centre's 实名 fields with OCR and 实名寄递 notes (real_name(实名认证), gender(身份证OCR), 绑定手机号(接收取件码), 身份证号码(实名寄递核验)),
// 免密支付绑定卡号(超期费代扣) and 钱包余额(元,含充值赠送金), 境外/港澳台/外籍 寄件实名 documents, 配送车牌(小区门岗报备), the courier
// app's courier_login_id/courier_login_pwd and devices, 送货上门 PDAs (pda_lat/pda_lng, loc_time), 柜门夹伤 claims, 运维差旅 lodging
// (RZSJ/LDSJ), AXB privacy-number calls, 驿站 equipment instalments in pinyin initials (fq_bj, fq_yqje), 面单 and 柜机寄件 fields,
// 公众号 complaints, 免超期月卡 SKUs and the 签约承运商 网点 file; an Apache Camel route log of a 商旅 hotel check-in, a logrus line
// of a mini-program IM message, a Beego log of a locker-screen courier login with a Go form map, an Aliyun IoT AMQP property-post of
// a delivery tricycle's tracker, a curl line logged by an HTTP interceptor creating a 包裹丢失 ticket, a 最美驿站站长 sentence, a
// pickup-code SMS and a ClickHouse executeQuery INSERT of a locker shipping payment) after heldout87's fixes;
// `heldout91` (one scenic-area ticketing and cable-car operator with a visitor centre (景区票务与索道运营公司) — the
// 实名制购票 file with bracketed notes (购票人姓名(实名制), XB(人脸建档), sfzh(刷证/刷脸入园), csrq(优惠票核验)), 年卡储值余额(元)
// and 退款卡号(原路退回), 先游后付 credit (信用游准入分), 港澳台/外籍/境外 visitors' documents, 自驾车牌(停车预约), the 分销商
// platform's fxs_login_name/fxs_login_pwd/fxs_login_ip, the visitor app's devices, 儿童防走失 wristbands (shwd/shjd, sh_dwsj),
// 索道救援站 and 医务室 rescue records, the 救援热线 CDR, 团队分房 lodging via the 地接, 失物回寄 from the visitor centre,
// 在线留言 complaints, 票种 and 门市价 and the 组团社 file; a bunyan JSON line of a group room-list check-in, a Spring log
// of a Qiyu (七鱼) webhook message on the lost-child page, a Go Fiber logger line with a distributor login body, a Netty
// IWAP01 wristband decode, an Nginx escape=json access line of a JSON-RPC 12301 complaint about a face-gate double
// purchase, a visitor-centre good-deed story, a lost-child broadcast script and a pipe-delimited 索道 verification
// settlement row) after heldout90's fixes;
// `heldout92` (one consumer-electronics after-sales and extended-warranty service company (家电数码售后与延保服务商) — the 延保
// registration's 机主 file with pinyin-initial and bracketed notes (机主姓名(延保登记), jzxb(机主性别), 身份证号(延保实名), csrq(会员生日关怀),
// 电子保修卡接收邮箱), 扣款卡号(延保月付) and 延保权益金余额(元), a 延保+碎屏险 合购分期 partner, 国际联保 and 送修实名 documents, the
// repaired phones' 送修机IMEI1/WLAN MAC, the 网点门户's wd_login_name/wd_login_pwd/wd_login_ip, engineers' 到户签到 arrive_lat/arrive_lng
// and 私车公用 plates, 安装工伤 injuries, 旺季跨区支援 lodging, 回访 call records in pinyin initials (hf_zjhm, hf_bjhm, hf_thsc), 寄修 and 修复回寄
// shipping, the SAP spare-parts columns (MATNR, MAKTX, NETPR, VBELN) and the 授权服务网点 file; a Gunicorn-format log of a 差旅 check-in
// callback, a zap JSON line of a Douyin im_receive_msg webhook, an Odoo rpc.request debug line of a session/authenticate call, a DataStax
// QueryLogger line of a Cassandra arrival sign-in INSERT, a Salesforce Apex USER_DEBUG of a 延保理赔 Case, a 月度服务之星 sentence, a
// 延保服务凭证's hotline and a JD VOP submitOrder response of a parts purchase) after heldout90's fixes;
// `heldout93` (one private hospital's assisted-reproduction (IVF) centre (辅助生殖中心) — the 生殖 system's 夫妇档案 in
// pinyin-initial and bracketed columns (NFXM(女方姓名), XB(1男 2女), 女方身份证号(三证核验), CSRQ(女方出生日期), JDRQ(建档日期)),
// 涉外/涉港澳台婚姻 documents, 诊疗卡余额(元) and 冻存费代扣卡号(签约银行), 助孕分期 instalments and 分期授信评分(合作机构), the
// 好孕助手 patient app's login_name/login_pwd/login_ip and devices (IMEI(促排打针提醒APP), BBT体温贴MAC), the embryo dry-shipper
// trackers (LN2_LAT/LN2_LNG, DWSJ(液氮罐定位时间)), B超卵泡监测 visits and 不孕症诊断(ICD-10), the 试管公寓 register (入住时间(促排期),
// 退房时间(移植后)), 妊娠随访 outbound calls (THSC(随访通话秒数)), 护士随访 messages, 促排药 cold-chain delivery, 物价编码 收费项目 and the
// 耗材/培养液供应商 file; a logstash-logback JSON event of a 试管公寓 check-in sync, a PostgreSQL COPY data row of a 随访留言,
// an Nginx log with $request_body of the app's login, an EMQX rule-engine log of a dry-shipper's MQTT uplink, a Monolog line of a
// 冻存费 double-charge complaint, a 好孕故事 sentence, a 冻存续费 reminder SMS and a Mirth Connect log of an HL7 DFT^P03 FT1
// segment) after heldout90's fixes;
// `heldout94` (one fuel-station chain with fuel cards, a fleet-card programme for logistics companies and convenience
// stores (加油站连锁与油卡/车队卡) — the 油卡 开户 file of 个人记名卡 holders with pinyin-initial and bracketed notes (CKR_XB(持卡人性别),
// ZJHM(开户身份证), CSRQ(会员生日加油券), 预留手机(消费短信提醒)), 备用金 balances (BYJ_YE) and 快捷签约 recharge cards, 外籍/港澳台 开卡
// documents, 副卡 一车一卡 plates and 行驶证所有人, 先加油后付款 赊销 credit for fleet customers, the 车队客户门户's portal_user/portal_pwd,
// the 加油App's devices, 北斗 vehicle terminals (bd_lat/bd_lng, gps_time), 苯接触岗位 职业健康检查 of station staff, the 司机之家 lodging
// (RZSJ/LKSJ, 床位号), the customer-service centre's ANI/DNIS records, 车队服务群 messages, 积分兑换 shipping, 到家 orders, 非油
// 商品条码 and 车队客户 开票 file; a Serilog CLEF line of a 司机之家 check-in, an Easemob group-chat callback log, a fluentd out_file
// record of a portal login, a Flink 车油匹配 log line with a track point, a logrus text line of a 灰卡补扣 complaint, a 最美加油员
// sentence, the back of a fuel card and a RocketMQ consumer log of a forecourt POS transaction) after heldout93's fixes;
// `heldout95` (one city water-supply company with NB-IoT smart water meters, 抄表 crews, arrears collection and a 96xxx
// customer hotline (城市供水公司营业收费与智能水表) — the 营收 system's 户籍 file in pinyin initials and bracketed notes (YHMC(用户名称),
// 户主证件号码(身份证), 用水地址(装表位置), 托收代扣账号(银行), 预存水费余额(元)), 外籍/港澳台户主 过户 documents, the e营业厅's
// e_account/e_password/e_login_ip, the 户表 binding's NB模组IMEI(智能水表) and 蓝牙读表MAC, the 抄表员 PDA track (PDA_WD/PDA_JD,
// DWSJ_GPS), 欠费 and 报装费分期 with a 用水信用分, 催缴外呼 records, 涉水岗位 health-certificate exams, the 抢修驻点 lodging
// register, 公众号 messages, 纸质账单/发票 mailing, the 桶装水 水站商城 and the 管网施工单位 file; a logrus text line of an 抢修驻点
// check-in, a Spring log of a 公众号 customer message, an APISIX http-logger record of the e营业厅 login, an Apache IoTDB INSERT
// of a PDA track point, a 12345 转办 push with pinyin keys of a 缴费未到账 complaint, a 身边的供水人 sentence, a 停水通知 SMS and a
// UnionPay back-end notification of a water-fee payment) after heldout93's fixes;
// `heldout96` (one online matchmaking platform with offline stores, 红娘 and singles events (婚恋平台+线下门店+单身活动) — the
// 婚介 CRM's 征婚档案 in the trade's words (征婚人姓名, 性别(男嘉宾/女嘉宾), 身份证号码(婚况实名), 出生年月日(择偶年龄段),
// 家长座机(父母代征婚)), 会费代扣卡号(分期签约) and 牵线服务储值余额(元), a 会费贷 partner's pinyin-initial HFD_HTJE/HFD_YQBX/HFD_ZRPF,
// the old PC site's username/password_raw/lastip (老站迁移), 防婚托 device fingerprints, 海归/两岸/外籍征婚人 documents (五星卡号码),
// 车产审核 plates, 婚检 results (婚检医学意见, 检查科别(婚检)), the 脱单游 tour's hotel register, outdoor 联谊 wristbands
// (wb_lat/wb_lng/wristband_imei), the 红娘工作机 call monitor's camelCase staffPhone/peerNumber/talkSec, the 牵线群 archive,
// 会员礼 mailing from the stores, the 套餐/活动票 catalogue and the 合作商户 file; an Aliyun FC console line of a 脱单游 check-in sync,
// a Python logging line of a ZEGO ZIM message callback, an ASP.NET Core HttpLogging combined record of the store CRM's login, a
// Rust tracing line of a wristband report, a Log4j2 line of a WeChat Pay complaint sync on a 会费 refund, a 公众号 love story, a
// 单身派对 入场须知 and an egg.js log of a Douyin mini-program 担保支付 callback) after heldout93's fixes;
// `heldout97` (one city public library and museum reservation system (市图书馆与博物馆预约服务平台) — the ILS's 读者档案 in the
// trade's words (持证人姓名, 身份证号码(办证实名核验), 押金退还银行卡号(原路退回失败时)) with pinyin initials (XB, TXDZ, CSRQ,
// YJYE(押金及预付款余额/元)), Aleph-style Z304_EMAIL_ADDRESS/Z308_KEY_DATA/Z308_VERIFICATION and OPAC_LOGIN_IP, 信用免押 with a
// 芝麻分, 境外/港澳台 visitors' reservation documents, 馆区停车 plates, the 移动图书馆 and Wi-Fi device bindings, the 流动图书车's
// 北斗 track (veh_lat/veh_lng), the museum 医务室's first-aid list, the lecture guests' 协议酒店 register, the 参考咨询台 call log,
// 网借到家 book mailing, the 馆长信箱, the 文创 shop and the 中标书商 file; a Python log of a WeCom robot markdown push of a
// lecture guest's check-in, a Monolog line of an EasyWeChat 公众号 message, a SIP2 63 Patron Information request from a
// self-check kiosk (AA/AD), a mosquitto_sub -F '%I %t %p' line of the mobile library's location, a 政务服务好差评 bad-review
// push on a 押金退还 delay, a 悦读之星 sentence, a museum 闭馆/预约 notice and a 财政电子票据 issuing request for a venue fee)
// after heldout96's fixes;
// `heldout98` (one car-wash and auto-maintenance chain with stored-value membership cards, 自助洗车 bays and a 上门取送车 service
// (洗车养护连锁+储值会员卡) — the 门店 SaaS's 会员档案 with bracketed notes and pinyin initials (车主会员姓名, HYXB(会员性别),
// 身份证号(记名卡实名), 储值余额(本金+赠送金), CPHM(进店车牌识别)), yhkh_cz 储值充值 bank cards, 外籍/港澳台车主 documents,
// 轮胎/保养套餐分期 with a 养车分, the old cashier back office's czy_code/czy_pwd/last_login_ip, the 养车App's device_imei/mac/idfa,
// 取送车 drivers' qsc_lat/qsc_lng/qsc_imei, 钣喷 technicians' 工伤 visits, the 技师集训 hotel register, a call centre's
// cc_zjhm/cc_bjhm 保养到期外呼, 企微客户群 messages, 实体储值卡 mailing, the 到店安装 mall, the 配件/项目 catalogue (PJBM) and the
// 油品/轮胎 supplier file; a Yii2 log line of a 技师集训 check-in, a 网易七鱼-style CSV session-export row, a Delphi cashier
// client's login log, a PostgreSQL statement log of a PostGIS track INSERT, a Python logging line with a dict of a 12315
// 储值卡跑路 complaint, a 服务之星 sentence, a 自助洗车须知 screen notice and a mosquitto_sub line of a wash-bay start
// command) after heldout96's fixes;
// `heldout99` (one ride-hailing driver-recruitment and car-leasing company (网约车司机招募与以租代购) — the lessee file
// (承租人姓名, camelCase driverSex, 身份证号(面签核验), 家访地址(现居), 出生日期(准入22-55周岁), 电子合同推送邮箱(e签宝)), the leasing core's
// upper-case DD_CARD_NO(租金代扣), FIN_AMT(融资额), OVD_RENT_AMT(逾期租金) and RISK_GRADE_SCORE beside 履约保证金余额(元), 人证报名
// documents, the driver app's loginName/loginPwd(明文)/loginIp and bound phones, the leased cars' anti-tamper trackers (LAT/LNG(风控定位),
// 车载定位器IMEI(防拆)), 登记车主(行驶证), 人伤理赔 records, the 岗前培训 hotel register, the 贷后 collection CDR, the 招募群 archive, 过户资料
// mailing from the 交车中心, the 车品商城 and the 合作运力公司/平台 file; a Logback line of a Feishu-bot interactive card of a trainee's
// check-in, a Monolog line of a JMessage (极光IM) message synced from a recruitment lead, a Spring Cloud Gateway access line with the
// driver-app login body, a zap console line of a 途强 (Jimi) open-API location pull for an overdue car, a Feishu approval-instance
// create for a doubly-paid 首付 and an undelivered car, a 司机故事, a rear-window recruitment sticker and a T/CEC 102
// notification_charge_order_info of a fleet charging order) after heldout96's fixes;
// `heldout100` (one tobacco and liquor (烟酒) wholesale and retail chain with member stores and a delivery app — the POS
// member file (会员姓名(实名), pinyin-initial HY_XB/HY_SJH, 身份证号(验龄/实名购酒), 电子发票推送邮箱(会员), 生日(会员生日礼)), the
// franchisees' 烟款代扣卡号(电子结算) and 预存货款余额(元), 赊销 credit in pinyin initials (SXED, CQYS_JE) with 经销商信用分, the
// 订货平台's 订货账号(门店编码)/订货密码(初始), the delivery app's 下单设备 fingerprints, 蜂鸟-style knight_lat/knight_lng riders with
// 骑士终端IMEI and 骑手意外险 claims, the 糖酒会 hotel register, the 订酒热线 CDR, 礼赠寄酒 waybills, the 酒友群 archive, 挂靠 delivery
// vans, the ERP's 货号/品名规格/零售指导价 and the 酒厂/一批商 supplier file; a Tencent Cloud SendSms log of a 糖酒会 room notice, a
// Workerman chat-room frame, a Fluentd stdout record of an APISIX login with its body, a Netty GT06 decoder line of a rider's
// e-bike tracker, a WeCom applyevent for a 飞天 开瓶码 refund, a 品鉴会 store report, a POS receipt footer and a 飞鹅 cloud-printer
// ticket) after heldout99's fixes;
// `heldout101` (one prison and detention-centre family-visit booking, remote video visit and family remittance service
// (会见预约、远程视频会见与亲情汇款) — the 亲属 registration file (亲属姓名(登记), pinyin-initial QSXB and qs_csrq, 会见人身份证号(人脸核验),
// jsyx(家属邮箱)), 亲情汇款 bank cards and 服刑人员个人账户余额(元), the 财产刑 module (财产性判项金额, 未履行金额, 履行能力评估分),
// 港澳台/外籍/境外亲属 documents, the family app's logins and bound phones, the 会见专线班车's bc_lat/bc_lng and 班车定位终端IMEI,
// 来监车辆 parking, the prison hospital's 狱医诊断, the 亲情会见楼 and 远途家属协议宾馆 register, the 亲情电话 CDR (ZJHM, BJHM, THSC(s,限时10分钟)),
// 亲情留言, 亲情寄物 by EMS to 代收民警, 狱内超市 代购 and the 合作单位 file; a Kannel access-log line of a lodging SMS, an SLS
// JSON-line of a family message awaiting audit, a Qt client's qDebug line of a 司法所 remote-visit terminal login, a NATS
// server trace of a shuttle-bus position, a 禅道 feedback-create call for an uncredited remittance, a 会见小故事, an LED
// scroll-text INI line and a pika consumer line of a prison-shop settlement) after heldout99's fixes;
// `heldout102` (one cross-border e-commerce bonded warehouse (保税仓) and 9610/1210 parcel customs-declaration service — the
// 报关系统's pinyin-initial 订购人 实名库 (DGR_SJH, DGR_ZJHM, DGR_DZ(订购人地址)), the 9610 直邮集运 members' wallet and 海淘分期,
// 分运单号(HAWB) waybills with the CEB consignee fields in brackets, the WMS's upper-case logins (WMS_USER_ID, WMS_USER_PWD,
// LAST_LOGIN_IP), the order-device fingerprint (ord_dev_imei), the 电子关锁's GSWD/GSJD track, 卡口 vehicles (CPH), 口岸 drivers'
// lodging, forklift and picking staff's 职业健康体检, a 清关补录 outbound-call export, 金二账册 料号 and the 委托企业 file; an
// Alibaba Cloud SLS JSON row of a port driver's check-in, a Telegram bot update of a 集运 member's message, a Druid SQL log of a
// PDA login INSERT, a Go log of an e-lock XML track push, a pipe-delimited 年度限值退单 refund ticket, a 仓库开放日 sentence, a
// 消费者告知书 and a RabbitMQ 清单放行 event) after heldout99's fixes;
// `heldout103` (one wedding-photography studio and banquet-hall company (婚纱摄影与婚宴中心) — the 宴会预订 system's 主家 file
// (主家姓名(新人), xb(1男/2女), pinyin-initial ZJSJ(主家手机), 主家身份证号(宴会合同), 生辰(合八字/择日), E-mail(精修原片网盘链接)),
// 定金退款卡号 and 宴会储值卡余额（元）, a 婚宴分期 partner, 海外婚拍 passports and 维港夜景 permits, the 选片系统's 工号/密码(明文) and
// SignInIP, the 云直播 app's IMEI/Wi-Fi MAC/IDFA, the 婚车车队's fleet_lat/fleet_lon/fleet_gps_time and 北斗 tracker, 花车 plates and
// their lenders, 食安事件 送医 records, the 婚宴送房 register, the 宴会预订热线's CallerID/DialedNum/AnswerTime/TalkTime(s), 电子请柬
// blessings, 成品册 and 喜糖 shipping from the stores, the 婚品商城 and the 合作供应商 file; a 云片 single_send log of a 送房 check-in
// SMS, a uniCloud function log of a guest-book blessing, a tshark fields line of the legacy 选片系统's form login, a Python-logged
// H02 decode of a wedding car's tracker, a ThinkPHP log of a 问卷星 客诉 push on overcharged tables, a 大众点评 review, an 电子请柬
// H5 config's 婚宴预订热线 and a mysql client row of a 选片加片 payment) after heldout102's fixes;
// `heldout104` (one after-school tutoring chain (课外培训连锁) under the 双减 rules, with 预收费 escrow (资金监管) and refunds —
// the 教务 system's 学员档案 (学员姓名(监管平台实名), 监护人手机号(接收课消短信), 常住地址(托管接送核实), 出生日期(按龄分班)) with
// pinyin-initial XY_ZJHM, the 监管银行's upper-case TF_SKZH(退费收款账号) and JGZJ_YE(监管资金余额/元), 存量培训贷 (本金/逾期额) and
// 分期机构准入评分, 英皇考级 passports, the 家长端's snake_case guardian_login/guardian_passwd/last_signin_ip and the bound 听课平板
// IMEI/MAC, the 电子学生证's camelCase stuCardLat/stuCardLng/stuCardLocTime/stuCardImei, 接送车辆 plates at the 校区道闸, 学平险 报案
// records, the 艺考集训 hotel register, the 退费专线 CDR, the 家校群 export, 教材 mailing, the 积分商城 and the 合作单位 (监管银行/场地出租方)
// file; an AWS Lambda CloudWatch line of a 集训 lodging sync, a Log4j2 line of an Agora 灵动课堂 chat callback, a Flask log with an
// ImmutableMultiDict login form, a Spring Boot line of a Huawei IoTDA property report, a 纷享销客 custom-object create for an
// escrow refund not paid back, a 校区周报 sentence, a WXML 资金监管 notice and a Maxwell binlog row of a 课消划拨) after heldout102's fixes;
// `heldout105` (one port container terminal with a truck-appointment (集卡预约) system, smart gates (闸口) and seafarer
// shore passes — the TAS's truck-driver file (司机姓名(集卡备案), SJ_XB, 身份证号(闸口人证比对), fleet_email(EIR推送)), 港杂费代扣
// cards and 月结授信, tas_login_name/tas_login_pwd, the 掌上集卡 app's devices, 北斗 trackers (bd_lat, bd_lng, 车载北斗终端号(IMEI)),
// 车头号牌(OCR识别), seafarers' 登陆证 passports and 登岸就医, the 船员换班协议酒店, the 港区客服 CDR, the 调度群, 船代's 正本提单
// mailing, IMPA-coded 船供 and the 车队/货代 file; an Apache Camel exchange log of a crew-change hotel check-in, an Easemob (环信)
// message callback from a driver, a Spring CommonsRequestLoggingFilter line of a gate-kiosk login, a Traccar event-forward of a
// truck position, a ServiceNow incident for a double-charged 提箱港杂费, a 海员俱乐部 sentence, a 进闸小票 footer and a zap JSON
// gRPC log of an appointment-fee payment) after heldout102's fixes;
// `heldout106` (one blood-glucose meter and continuous glucose monitor (CGM) maker with a patient app (糖友App), the 血糖云
// cloud platform and a pharmacy distributor network — the 糖友档案 (糖友姓名, 手机号(App注册), 身份证号(门慢备案), 邮箱(接收AGP周报)),
// the 耗材订阅代扣卡号 and 控糖钱包余额(元), a CGM分期 partner, 出境佩戴证明 passports, the app's bound 手机IMEI and 发射器蓝牙MAC,
// 4G血糖仪 LBS columns (lbs_lat, lbs_lng, glu_upload_time), the distributor DMS's dms_user_code/dms_user_pwd, GSP 冷链配送 plates,
// 控糖门诊 records (诊断(ICD-10 E10/E11)), the 1型糖友营 hotel register, 血糖管家 outbound calls and IM, 传感器 mailing from the
// 售后仓, pharmacy O2O orders (履约药店) and the 经销商/连锁药店 file; a Python-logged WeChat subscribe/send of a 糖友营 check-in, a
// LeanCloud _messageReceived hook of a 管家 chat, a Caddy JSON access log of a pharmacy POS plugin's GET login, a Netty decoder
// line of a 4G meter's $BGM frame, a Python repr of an AfterSaleTicket for a failed sensor, a 糖友故事 sentence, a Flutter ARB
// hotline entry and a distributor's 流向 pipe-delimited row) after heldout105's fixes;
// `heldout107` (one rural commercial bank (农商行) with county branches, village 助农取款点 and mobile banking — the 农信
// core's pinyin-initial customer columns (KHXM(客户姓名), XBDM(1男2女), YLSJHM(预留手机), ZJHM(居民身份证)), 福农卡 and
// ACCT_BAL(活期余额/元), 整村授信's 农户调查表 and SXED/XYPJDF with 拖欠本息合计(元), 抵押车号牌 and 抵押车辆所有权人, 境外务工
// passports and 港澳台/外籍 开户 documents, the 助农服务平台's CZYH/CZYMM operators, 手机银行's SJYH_BIND_IMEI/MAC/IDFA, the
// 移动展业 Pad's zyPadLat/zyPadLng/LOC_TIME and 展业Pad串号, 惠民保 理赔 hospital records, the 新员工培训 协议酒店 register,
// the 96客服 CDR's CALLING_NO/CALLED_NO/TALK_LEN(s), the 手机银行在线客服 sessions, EMS card mailing to 外出务工 customers, the
// 惠农商城 and the 对公客户 file; a CMPP SMS-platform log of a training-hotel room notice, a TongLINK/Q consumer line of an
// in-app customer-service message, a WebLogic debug line of a 助农 operator login, a DM8 (达梦) SQL-log INSERT of a Pad
// track point, an ESB SYS_HEAD/BODY XML complaint on an un-dispensed 助农取款 and a double-debited transfer, a 金融夜校
// sentence, a 助农取款点 receipt footer and an RFC 5424 syslog line of a 惠农商城 payment) after heldout105's fixes;
// `heldout108` (one concert and sports-event ticketing platform with real-name tickets (实名制) and face-recognition
// entry (人脸闸机) — the attendee file (观演人姓名(实名), gyr_xb, 购票手机号(入场短信), 观演人证件号(刷脸入场), eticket_mail), 退票
// 原路退款 cards and the 票夹钱包, a BNPL 分期购票 partner's bnpl_credit_score, 五星卡 and 台胞证/回乡证 attendees, member_login_id
// and a legacy plain-text member_passwd, 抢票风控 device fingerprints, 安保执勤定位工牌 (badge_lat, badge_lng, badge_loc_ts), P2
// 停车预约 plates, the venue 医疗站, 观赛+住宿 package hotels, the 票务热线 ANI/DNIS/billsec CDR, 粉丝客服 chats, 纸质票 SF
// mailing, 票档/周边 SKUs and the 主办方 file; a Winston JSON line of a package-hotel check-in, a Rasa Kafka-broker debug line of a
// mini-program 客服 message, a CloudWeGo Hertz hlog line of a password login, a Tencent IoT Explorer data-sync of a badge's
// GPS_Info, an Azure Function creating a Dynamics 365 incident for a face-gate entry failure, a 现场直击 sentence, an iCalendar
// DESCRIPTION of 入场须知 and a Temporal activity-completed log of a ticket payment) after heldout105's fixes;
// `heldout109` (one county animal-husbandry and veterinary bureau (县畜牧兽医局) with its 动物疫病预防控制中心 and 乡镇畜牧兽医站 —
// the 养殖场(户)备案 file (养殖户主(场主)姓名, yzhz_xb, 户主身份证号(备案登记), 养殖场所地址(乡镇/村/组), hz_csrq(出生日期), 备案回执接收邮箱),
// 惠农一卡通 subsidy payments and their 代发回盘 balance, 活畜抵押贷款 with 养殖主体信用评分, 种畜引进考察 passports, 外资牧场 and
// 外籍育种顾问 documents, the 动物防疫信息平台's 用户名/口令 and dlip, 移动监督执法终端 IMEI/WLAN MAC and the iOS 畜牧通 IDFA, 牧运通
// 备案 livestock trucks with their 车载定位终端 wd/jd/dwsj, 布病监测 of high-risk farm workers (RBT/SAT conclusions, 县疾控), the 村级
// 防疫员 training class's hotel register, the 疫情报告 line's calls to the duty vet, 兽医在线问诊 messages, EMS 血清送检 samples, 强免疫苗/
// 耳标 出库单 to 乡镇畜牧兽医站 and the 规模场/兽药饲料 enterprise file; a DingTalk OA work notice of a training-class check-in, a
// JeecgBoot WebSocket line of a farmer's message, an Apache mod_dumpio trace of the platform's login body, an Elasticsearch bulk
// item of a 牧运通 truck position, a Seeyon (致远) OA process-start call for a 先打后补 vaccine paid for but not delivered, a 春防简报
// sentence, an SSML 村村响 broadcast with the 疫情报告 hotline and a 政采云 order callback of a vaccine purchase) after heldout108's fixes;
// `heldout110` (one B2B steel-trading platform with warehouse receipts (仓单) and supply-chain finance (供应链金融) for
// small traders — the member file's 实名认证 columns (实名认证姓名(经办人), jbr_xb, 经办人身份证号码(CA实名), CSRQ), 个体户
// 结算卡 and BZJ_KYYE 保证金, 仓单质押融资额 and the 钢贸商信用评分, 交易大厅 logins (会员登录名, login_pwd(明文,待迁移)),
// App 风控 devices, 提货车号 and 提货车行驶证, the 在途货押 北斗监管终端 (zt_lat, zt_lng, dw_time), 仓库吊装 工伤, the 钢贸峰会
// 会务 hotel, a 400-line CALLER_NO/CALLEE_NO CDR, 撮合 IM, 发票/合同/质保书 mailing, 提货委托书 receivers, 资源编号 and
// 挂牌价(元/吨) listings and the 钢贸商 company file; an Aliyun SendSms log of a 会务 check-in notice, a 网易云信 message
// 抄送 callback, an nginx access line logging a login form body, a go-kit logfmt 在途监管 point, a Spring Boot line starting a
// 提货异常 complaint process, a 钢商故事 sentence, an electronic 提单's 注意事项 and a Canal flat message of a 撮合服务费
// payment) after heldout108's fixes;
// `heldout111` (one provincial children's hospital with vaccination (预防接种) and growth-monitoring (儿保) clinics and a
// parents' app — the 免疫规划 client's 受种者 file (受种者姓名, 受种者身份证件号, 现住址(预防接种证), 出生日期(月龄计算)), 监护人 contacts
// for 接种提醒, 就诊卡预交金 and its 退费卡号, 先诊疗后付费 (信用就医) credit lines, the parents' app's app_user_acct/app_user_pwd and
// 推送设备 IMEI/MAC/IDFA, the 新生儿转运 ambulances' ambu_lat/ambu_lng and 车载终端IMEI, 出国接种证明 passports and 港澳/外籍 children,
// 家长停车 plates, 门诊诊断(ICD-10), the 异地就医 families' 陪护公寓 register, the 预约中心 CDR, 互联网医院 medicine delivery, the 在线问诊
// chat, the 母婴商城 and the 疫苗配送企业 file; an Elixir Logger line of a 陪护公寓 check-in, a zap console line of an OpenIM
// after-send callback, an ASP.NET Core HttpLogging request-body line of the app's login, a mosquitto_sub print of an ambulance's
// MQTT location, a Fluentd stdout record of a 自费疫苗 refund complaint, a 儿保门诊 story, a messages_zh_CN.properties 接种后留观
// notice and a Canal flat-message binlog row of a 疫苗预约 payment) after heldout108's fixes;
// `heldout112` (one household-services (家政) platform placing nannies (月嫂, 育儿嫂) and elderly carers, with worker
// background checks — the 阿姨 file (阿姨姓名, ayi_xb, 阿姨手机号(接单), 身份证号(公安背调核验), 现居住址(上户前), 出生日期(月嫂≤55周岁)),
// 工资卡号(代发服务费) and the 阿姨钱包, 月嫂培训分期 with 阿姨信用分(背调综合), 海外陪产外派 passports and 港澳台/外籍 employers, the
// employer app's 雇主登录名/yhmm(明文) and the 阿姨端 IMEI/MAC/IDFA, 护老单 防走失手环 (hlsh_wd, hlsh_jd, hlsh_dwsj), 门禁报备 plates,
// 上岗体检 for the 健康证, the 岗前培训 lodging register, 回访外呼 in pinyin initials (zjhm, bjhm, hjsj, thsc), 雇主-阿姨 chat, 三方合同
// mailing, 加盟商 and 签约门店; a Yii2 log line of a training-dorm check-in, a Monolog line of an Easemob (环信) message callback,
// an Egg.js log of a password login body, a Traccar position-forward request of a wristband, a WeCom (企业微信) applyevent call for a
// 育儿嫂 refund-or-replace complaint, a 金牌月嫂 profile, a 三方服务合同 clause with the 投诉监督电话 and a Sidekiq line of a
// 分账 job) after heldout111's fixes;
// `heldout113` (one EV charging-network operator with charging piles, fleet accounts and a member app — the member file's
// 实名认证 columns (会员姓名(实名认证), memberGender, idcard_no(实名), 家充桩安装地址), 余额退款 cards and the 充电账户余额, a 充电白条
// credit line for ride-hailing drivers, 即插即充 phone bindings and App 风控 IMEI/MAC/IDFA, 占位费 plates and 行驶证核验, fleet
// vehicles' GB/T 32960 T-BOX positions (纬度/经度(32960实时数据), 数据采集时间(32960)), 充电安全险 claims, 高速保电 staff's
// 驻点 hotels, a 400-line CallerNum/CalleeNum/BillSec CDR, App 在线客服 chats, 家充桩 送装一体 shipping, the 积分商城 and the
// 车队企业 file; a logrus line of a 保电驻点 check-in, an Aliyun SLS export of a 客服 message, an Egg.js context-logger line of
// the App's password login, a Netty decoder line of a 32960 0x02 real-time report, a curl call opening a 充电扣费 dispute
// ticket, a 车主故事 sentence, an OCPP 2.0.1 SetDisplayMessage with the hotline and a 中电联 互联互通
// notification_charge_order_info push) after heldout111's fixes;
// `heldout114` (one provincial sports-lottery centre's (省体彩中心) station network with prize claims (兑奖) and station-owner
// (代销者) accounts — the 代销者 contract file (代销者姓名, dxz_xb, dxz_sjhm(业主手机), 代销者身份证号(签约核验), CSRQ(代销者)), 代销费
// 结算卡 and the terminal's upper-case ZD_YCK_YE 预存款, a 网点经营贷 partner, 兑奖人 passports, 通行证 and 永居证 at the prize hall,
// its visitor parking, the 网点管理平台's 网点平台账号(站点编号)/wdpt_login_ip and the 网点通 app's devices, the 专管员 inspection PDAs'
// zgy_lat/zgy_lng/zgy_dwsj, 代销者团体意外险 claims, the 岗前培训 hotel register, the 兑奖咨询 line's CDR, 网点通 group chat,
// 即开票 (顶呱刮) deliveries from the 市分中心 stores, 物料请领 and the terminal/票纸 supplier file; a Monolog line of a training
// check-in, a Spring AMQP listener's Received message of a group chat, a WebLogAspect line of the platform's login form, a
// OneNET HTTP-push JSON of a PDA's location, a Weaver e-cology doCreateRequest for an unpaid 即开票 prize, a 公益金 sentence, a
// ticket back's 兑奖须知 and an alipay.trade.query response of a 物料 order) after heldout111's fixes;
// `heldout115` (one dental-clinic chain with orthodontic (正畸) treatment plans and installment payments — the chain's
// patient file with pinyin-initial hzxm beside 手机号码(复诊提醒短信), 身份证号(分期面签), 邮箱(ClinCheck方案推送) and 出生日期(牙龄评估),
// 监护人座机(未成年正畸), 预交金余额(元) and 还款卡号(正畸月供), a 矫治分期 partner (矫治分期金额, 已逾期月供, 分期白名单分), 跨境/外籍
// and 出国留学 patients' documents, the patient mini-program's hzd_login_name/hzd_login_pwd/hzd_login_ip and the 戴牙套打卡App's
// IMEI/MAC/IDFA, the 种植 elderly patients' shuttle in upper-case pinyin initials (JSC_WD, JSC_JD, JSC_DWSJ, JSC_ZDIMEI), 诊断(安氏分类/牙位),
// the 病例大会 attendees' hotel register, the 400 预约中心 CDR, 小程序在线咨询 chat, 保持器 mailing by 医助, the 收费目录 and the
// 隐形矫治/托槽 manufacturers' file; a Dropwizard line of a 病例大会 check-in pushed back by the hotel PMS, a Python-logged Centrifugo
// publish-proxy request of a patient's message, a GoFrame middleware line with the mini-program's login body, a ThingsBoard TbLogNode
// line of a JT808 shuttle's telemetry, a Spring RestTemplate debug line writing a 逸创云客服 (KF5) ticket for a doubly deducted 首付 and
// an unrefunded 分期, a 正畸日记 post, a WinForms .resx 夜间急诊 tip and a Monolog line of an alipay.trade.precreate with 花呗分期)
// after heldout114's fixes;
// `heldout116` (one provincial education-examinations authority's 高考 registration, score-query and admissions (录取) office — the
// 网上报名 file (考生姓名(KSXM), xbdm, 身份证件号(SFZJH), csrq, 通讯地址(录取通知书寄达)), 报名考试费 refunds and 缴费账户, 华侨/港澳台/外籍
// candidates' passports and permits, 生源地信用助学贷款 with 征信评分, 网报账号/wbmm, the 掌上考试院 app's IMEI/MAC/IDFA, 高考体检, 送考车辆
// 备案, the 试卷押运 vehicles' 北斗 positions (sjyy_wd, sjyy_jd, sjyy_dwsj), 评卷教师 lodging, the 招考咨询热线 CDR, 招生咨询 messages, EMS
// mailing of 录取通知书 from 高校招生办, 招考资料 publications and 标准化考点 suppliers; a CMPP SMS-gateway submit of a 评卷 check-in
// notice, a Django Channels consult message, a Struts2 ParametersInterceptor debug line of the 网报 login, a 押运监控 position line,
// a gunicorn line with a Python dict of a 报名费 refund ticket, a 爱心送考 sentence, a 成绩复核须知 and a UnionPay backRcvResponse)
// after heldout114's fixes;
// `heldout117` (one electric-scooter and bike-sharing operator with ride deposits, parking fines (违停/出区调度费) and a
// riders' app — the user centre's 实名 snake_case columns (rider_real_name(实名), rider_sex, cert_no(身份证/实名认证)), 押金+余额
// and 退押 cards, 信用免押 with 欠缴调度费 and 文明骑行分, the app's 风控 phone IMEI, 蓝牙开锁 MAC and 拉新 IDFA, the e-bikes'
// 中控 IMEI with GCJ-02 positions, 骑行意外险 claims, 跨城换电支援 lodging, a 400-line cdr_* export, App 在线客服 IM, 头盔
// mailing from the 城市仓, the 骑行周边/权益商城 and the 整车/电池/中控 supplier file; a Rust tracing line of a 支援驻地
// check-in, an Aliyun SMS uplink (SmsUp) consumer line of a reply to a 违停 reminder, a Gin access line with the ops-admin
// login body, a kafka-console-consumer record of a riding e-bike's position, a Udesk ticket-create call for a 押金退款 and
// 调度费 dispute, a 文明骑行之星 sentence, an MQTT TTS broadcast with the hotline and a WeChat Pay 支付分 complete request)
// after heldout114's fixes;
// `heldout118` (one sub-district office's (街道办事处) community-grid (网格化) resident registry, floating-population (流动人口)
// checks and door-to-door visits — the 实有人口 base table's 公安 pinyin initials (GMSFHM, XBDM, CSRQ(身份证核对), XZZ_XZ(现住址详址)),
// 联系电话(入户核实) and 住宅固话, the 惠民惠农一卡通 card and balance, 创业担保贷 from the 劳动保障站 with 居民诚信积分(网格), 境外人员
// 临住登记 passports and 永居证, 港澳台居民 居住登记, the 网格通 app's 网格员账号/网格员登录密码 and its 巡查轨迹 xcgj_wd/xcgj_jd/xcgj_dwsj
// with 网格通终端IMEI, residents' 社区通 bound devices, 家签随访 of chronic patients, 日租房/旅馆 治安巡查 stays, the 街道值班电话 CDR
// (calling_no, talk_len(s)), the 网格微信群, 居住证 EMS mailing from the 社区事务受理中心, 小区停车登记, the 爱心超市's 兑换 orders and
// the 九小场所 unit file; a SeaTunnel ConsoleSinkWriter row of a 旅馆住宿 sync, a Vector console-sink JSON event of a 网格群
// message, an ABP AbpAuditLogs JSON row of the platform's login, an ArcGIS FeatureServer applyEdits call of a patrol track point
// in CGCS2000, a grpcurl dispatch of a 12345 work order about a doubly charged 助餐 meal, a 公众号 走访 sentence, a 网格通 运维
// notice and an e-CNY (数字人民币) payment notification of the 长者食堂) after heldout117's fixes;
// `heldout119` (one used-phone recycling and trade-in (以旧换新) kiosk network with data-wipe certificates — the 自助回收机
// backend's 旧货实名登记 columns (卖机人姓名(实名登记), SFZHM, CSRQ(身份证读卡), 数据清除证书接收邮箱), the hs_wallet_bal 回收款 wallet
// and 提现卡号, a 换新分期 partner (换新分期本金/逾期金额, 换新信用评分), 外籍/港澳台卖机人 documents, the 加盟商后台's
// partner_login_pwd/last_login_ip, 质检 reading of 旧机IMEI1(串码)/WLAN_MAC and the 估价App's IDFA, 上门回收员 PDAs' pda_lat/pda_lon,
// 拆解车间 工伤 visits, 巡检工程师 差旅 lodging (rzsj/tfsj), 估价回访 calling_num/called_num, 在线估价 chat, 顺丰上门取件 寄回 and
// 换新新机 delivery, the 良品 refurbished mall and the 下游回收商 file; a Quarkus JBoss-format line of a 商旅 hotel check-in callback,
// an Elixir Phoenix channel handle_in of a kiosk IM message, an ASP.NET Core HttpLogging request body of the partner login, a
// mosquitto_sub -F line of a PDA location, a Spring Boot WARN of an unredeemed 国补 trade-in subsidy, a 环保小课堂 sentence, a kiosk
// zh-CN i18n entry for 数据清除 help and a kiosk's 回收凭条) after heldout117's fixes;
// `heldout120` (one cruise line's China home-port operations — passenger boarding, shore excursions and onboard accounts:
// the 边检 APIS manifest's pinyin-initial YKXM and ZJHM_SFZ with CSRQ and 常住地址(APIS), the e-Ticket mailbox, the onboard
// folio's Folio Balance and 船卡绑定 card, 船票分期 through a consumer-finance partner, 出境航次 passports, 挂靠港签注 permits and
// Foreign PR cards, the 分销商门户's upper-case AGENT_USER_ID/AGENT_PWD/LAST_LOGIN_IP, the 海上WiFi套餐's device IMEI/MAC and
// the app's IDFA, the 岸上游 tour buses' tour_bus_lat/tour_bus_lng and 车载终端, the ship's Medical Center, the 登船前夜 hotel
// package, the 预订中心 CDR (ANI, called_no, talk_time_sec), 船上App chat, 失物寄回 mailing, 邮轮港停车 plates, the Simphony-style
// POS ITEM_CODE/ITEM_DESC and the 包船/切舱旅行社 file; an OPERA OXI log line of a pre-cruise check-in, a Matrix m.room.message
// archived from the ship app's chat, a Tomcat access line of the agent portal's GET login, a Traccar OsmAnd request of a tour
// bus, a Salesforce Case insert for a cancelled shore excursion, a Cruise Compass sentence, an i18n YAML boarding tip and a
// Simphony check-closed posting) after heldout117's fixes;
// `heldout121` (one psychological-counselling centre (心理咨询中心) with an online booking app and a 24-hour crisis hotline —
// the counselling-management system's 来访者 file (来访者姓名(实名), SFZH(实名建档核验), 测评报告接收邮箱, 现住址(危机上门评估用)),
// 咨询包剩余金额(元) and 退费银行卡号, a 疗程分期 partner, 海外视频咨询 passports and 港澳台/外籍来访者 documents, the booking
// backend's snake_case booking_uname/booking_upwd/booking_login_ip, 视频咨询终端 IMEI/MAC and the app's IDFA/OAID, the crisis
// outreach team's badges (outreach_lat/outreach_lng, loc_time), the 合作精神科门诊's 初评印象(ICD-10), the residential 工作坊's
// 协议酒店 register, the crisis line's CDR (crisis_ani, crisis_dnis, crisis_talk_sec), 文字咨询 messages, 纸质测评报告 mailing,
// 来访停车, 服务项目 per 节 and the EAP 合作企业 file; an Apache Camel Exchange log of a workshop check-in, a Bot Framework
// transcript activity of the night text line, a Flask debug line of the booking back-office's login form, an OwnTracks
// recorder line of an outreach badge, an APISIX http-logger entry of a refund ticket, a 咨询师手记 sentence, an IVR prompt CSV
// row and a Douyin 团购券 verification callback) after heldout120's fixes;
// `heldout122` (one freight-forwarding and customs-brokerage (货代/报关) firm handling personal-effects shipments — 海运搬家,
// 留学生回国行李 and 分运行李 — the 自用物品申请表's 物主姓名/申请人 and 申请人证件号码(自用物品申请表), the 预付款账户 and
// 退税/退押金 card, 垫付税款 with its 垫税授信评分, 回国人员 passports, 回乡证/台胞证 and 外籍物主 永居证, the 客户自助平台's
// LoginName/LoginPwd, the 申报清单's 随身手机IMEI and 笔记本MAC, the 搬家柜定位器 track, 装卸工伤 visits, 驻场报关员 lodging,
// the 客服中心 CDR, 企微 customer-group chat, Shipper/Consignee door-to-door delivery, 提货车辆 plates, 包材 and the 境外代理/合作报关行
// file; a Rust tracing line of a 商旅 hotel check-in push, a WhatsApp Cloud API webhook of an overseas customer's message, a Sanic
// debug line of the portal's login form, a RockBLOCK Iridium webhook of a container tracker at sea, a Teams MessageCard escalating a
// damaged-shipment complaint, a 客户故事 sentence, an e-mail signature and a 行邮税 payment receipt) after heldout120's fixes;
// `heldout123` (one municipal housing-provident-fund and public-rental-housing centre (住房公积金管理中心 with its 公租房
// 配租 and 住房保障 arm) — the core system's 住房公积金基础数据标准-style pinyin columns (XINGMING, XINGBIE, SJHM, ZJHM, CSNY,
// JTZZ, GRZHYE, DWMC), the 公积金联名卡, 贷款发放 and 逾期本金 (DKFFE, YQBJ) and a 贷前 credit score, the 单位网厅's 经办人 logins,
// the 手机公积金 App's bound-device camelCase (deviceImei, deviceMac, deviceIdfa), 重特大疾病提取's 诊断证明 fields, the 人才公寓
// lodging register, the 12329 hotline's CDR, 公租房准入 vehicle checks and 入户核查 terminals' track, 外籍/港澳台 depositors,
// 出境定居提取 passports, EMS mailing of 结清证明, the 网上留言 board, the 安居商城's 拎包入住 orders and the 公租房 property companies'
// file; a 移动云MAS SMS submission of a 人才公寓 check-in notice, a fluentd stdout record of an online-consultation message, a
// Tomcat AccessLogValve line with the 单位网厅 login's decoded form, a kcat -J record of an 入户核查 terminal's position, a
// Flowable start of a 公租房 rent-refund process, a 邻里节 sentence, a 公众号 auto-reply rule and a 非税收入 payment callback)
// after heldout120's fixes;
// Each held-out vocabulary's first run is kept in bench/eval/results;
// the README reports them all, the last one as the held-out figures.

export type Variant = 'dev' | 'heldout' | 'heldout2' | 'heldout3' | 'heldout4' | 'heldout5' | 'heldout6' | 'heldout7' | 'heldout8' | 'heldout9' | 'heldout10' | 'heldout11' | 'heldout12' | 'heldout13' | 'heldout14' | 'heldout15' | 'heldout16' | 'heldout17' | 'heldout18' | 'heldout19' | 'heldout20' | 'heldout21' | 'heldout22' | 'heldout23' | 'heldout24' | 'heldout25' | 'heldout26' | 'heldout27' | 'heldout28' | 'heldout29' | 'heldout30' | 'heldout31' | 'heldout32' | 'heldout33' | 'heldout34' | 'heldout35' | 'heldout36' | 'heldout37' | 'heldout38' | 'heldout39' | 'heldout40' | 'heldout41' | 'heldout42' | 'heldout43' | 'heldout44' | 'heldout45' | 'heldout46' | 'heldout47' | 'heldout48' | 'heldout49' | 'heldout50' | 'heldout51' | 'heldout52' | 'heldout53' | 'heldout54' | 'heldout55' | 'heldout56' | 'heldout57' | 'heldout58' | 'heldout59' | 'heldout60' | 'heldout61' | 'heldout62' | 'heldout63' | 'heldout64' | 'heldout65' | 'heldout66' | 'heldout67' | 'heldout68' | 'heldout69' | 'heldout70' | 'heldout71' | 'heldout72' | 'heldout73' | 'heldout74' | 'heldout75' | 'heldout76' | 'heldout77' | 'heldout78' | 'heldout79' | 'heldout80' | 'heldout81' | 'heldout82' | 'heldout83' | 'heldout84' | 'heldout85' | 'heldout86' | 'heldout87' | 'heldout88' | 'heldout89' | 'heldout90' | 'heldout91' | 'heldout92' | 'heldout93' | 'heldout94' | 'heldout95' | 'heldout96' | 'heldout97' | 'heldout98' | 'heldout99' | 'heldout100' | 'heldout101' | 'heldout102' | 'heldout103' | 'heldout104' | 'heldout105' | 'heldout106' | 'heldout107' | 'heldout108' | 'heldout109' | 'heldout110' | 'heldout111' | 'heldout112' | 'heldout113' | 'heldout114' | 'heldout115' | 'heldout116' | 'heldout117' | 'heldout118' | 'heldout119' | 'heldout120' | 'heldout121' | 'heldout122' | 'heldout123';
export const VARIANTS: readonly Variant[] = ['dev', 'heldout', 'heldout2', 'heldout3', 'heldout4', 'heldout5', 'heldout6', 'heldout7', 'heldout8', 'heldout9', 'heldout10', 'heldout11', 'heldout12', 'heldout13', 'heldout14', 'heldout15', 'heldout16', 'heldout17', 'heldout18', 'heldout19', 'heldout20', 'heldout21', 'heldout22', 'heldout23', 'heldout24', 'heldout25', 'heldout26', 'heldout27', 'heldout28', 'heldout29', 'heldout30', 'heldout31', 'heldout32', 'heldout33', 'heldout34', 'heldout35', 'heldout36', 'heldout37', 'heldout38', 'heldout39', 'heldout40', 'heldout41', 'heldout42', 'heldout43', 'heldout44', 'heldout45', 'heldout46', 'heldout47', 'heldout48', 'heldout49', 'heldout50', 'heldout51', 'heldout52', 'heldout53', 'heldout54', 'heldout55', 'heldout56', 'heldout57', 'heldout58', 'heldout59', 'heldout60', 'heldout61', 'heldout62', 'heldout63', 'heldout64', 'heldout65', 'heldout66', 'heldout67', 'heldout68', 'heldout69', 'heldout70', 'heldout71', 'heldout72', 'heldout73', 'heldout74', 'heldout75', 'heldout76', 'heldout77', 'heldout78', 'heldout79', 'heldout80', 'heldout81', 'heldout82', 'heldout83', 'heldout84', 'heldout85', 'heldout86', 'heldout87', 'heldout88', 'heldout89', 'heldout90', 'heldout91', 'heldout92', 'heldout93', 'heldout94', 'heldout95', 'heldout96', 'heldout97', 'heldout98', 'heldout99', 'heldout100', 'heldout101', 'heldout102', 'heldout103', 'heldout104', 'heldout105', 'heldout106', 'heldout107', 'heldout108', 'heldout109', 'heldout110', 'heldout111', 'heldout112', 'heldout113', 'heldout114', 'heldout115', 'heldout116', 'heldout117', 'heldout118', 'heldout119', 'heldout120', 'heldout121', 'heldout122', 'heldout123'];

export const FIELD_KEYS = [
  'name', 'gender', 'mobile', 'landline', 'id', 'email', 'address', 'card', 'balance', 'passport', 'permit', 'fpid', 'plate',
  'lat', 'lng', 'ip', 'imei', 'mac', 'idfa', 'account', 'password', 'waybill', 'birth', 'diagnosis', 'dept', 'visitTime',
  'checkin', 'checkout', 'room', 'hotel', 'guest', 'caller', 'callee', 'callTime', 'duration', 'overdue', 'loan', 'score',
  'orderNo', 'amount', 'goods', 'senderName', 'senderMobile', 'senderAddress', 'receiverName', 'receiverMobile',
  'receiverAddress', 'message', 'sendTime', 'sender', 'company', 'uscc', 'hotline', 'sku', 'product', 'price', 'patient',
  'owner', 'doc', 'remark', 'created', 'time', 'device', 'city', 'shop',
] as const;
export type FieldKey = (typeof FIELD_KEYS)[number];

const DEV: Record<FieldKey, string> = {
  name: '姓名', gender: '性别', mobile: '手机号', landline: '固定电话', id: '身份证号', email: '邮箱', address: '地址',
  card: '银行卡号', balance: '账户余额', passport: '护照号', permit: '通行证号', fpid: '永久居留身份证号', plate: '车牌号',
  lat: '纬度', lng: '经度', ip: '登录IP', imei: '设备IMEI', mac: 'MAC地址', idfa: 'IDFA', account: '账号', password: '密码',
  waybill: '运单号', birth: '出生日期', diagnosis: '诊断', dept: '科室', visitTime: '就诊时间', checkin: '入住时间',
  checkout: '退房时间', room: '房号', hotel: '酒店', guest: '住客姓名', caller: '主叫号码', callee: '被叫号码',
  callTime: '通话时间', duration: '通话时长', overdue: '逾期金额', loan: '贷款金额', score: '信用评分', orderNo: '订单号',
  amount: '金额', goods: '商品', senderName: '寄件人', senderMobile: '寄件人电话', senderAddress: '寄件地址',
  receiverName: '收件人', receiverMobile: '收件人电话', receiverAddress: '收件地址', message: '消息内容', sendTime: '发送时间',
  sender: '发送人', company: '公司名称', uscc: '统一社会信用代码', hotline: '客服电话', sku: '商品编码', product: '商品名称',
  price: '单价', patient: '患者姓名', owner: '车主', doc: '证件号码', remark: '备注', created: '创建时间', time: '时间',
  device: '设备号',
  city: '城市', shop: '店铺名称',
};

const HELDOUT: Record<FieldKey, string> = {
  name: 'full_name', gender: 'sex', mobile: '联系手机', landline: '办公电话', id: '证件号码', email: 'E-mail', address: '家庭住址',
  card: '收款卡号', balance: 'balance', passport: 'Passport No.', permit: '证件号', fpid: '证件号码', plate: '号牌号码',
  lat: 'lat', lng: 'lng', ip: 'client_ip', imei: 'imei', mac: 'mac_addr', idfa: 'oaid', account: '登录账号', password: 'pwd',
  waybill: '快递单号', birth: 'birthday', diagnosis: '诊断结果', dept: '就诊科室', visitTime: 'visit_date', checkin: 'check_in_time',
  checkout: 'check_out_time', room: '房间号', hotel: '酒店名称', guest: '入住人', caller: '本机号码', callee: '对方号码',
  callTime: '开始时间', duration: '时长(秒)', overdue: '逾期天数', loan: '借款金额', score: '芝麻分', orderNo: 'order_id',
  amount: '实付金额', goods: '商品名称', senderName: '发件人姓名', senderMobile: '发件人手机', senderAddress: '发件人地址',
  receiverName: '收货人', receiverMobile: '收货人手机', receiverAddress: '收货地址', message: '内容', sendTime: '时间',
  sender: '发送方', company: '企业名称', uscc: '社会信用代码', hotline: '服务热线', sku: 'SKU', product: '品名', price: '价格',
  patient: '病人姓名', owner: '所有人', doc: '证件号码', remark: 'memo', created: 'created_at', time: 'ts', device: 'device_id',
  city: 'city', shop: '店铺',
};

const HELDOUT2: Record<FieldKey, string> = {
  name: 'Customer Name', gender: '性别', mobile: '手机号码', landline: '电话', id: '身份证号码', email: 'mail', address: '住址',
  card: 'card_no', balance: '可用余额', passport: '护照号码', permit: '港澳通行证号', fpid: '永居证号', plate: '车牌',
  lat: 'latitude', lng: 'longitude', ip: 'IP地址', imei: 'IMEI号', mac: 'mac', idfa: 'IDFA/OAID', account: 'uid', password: 'login_pwd',
  waybill: 'tracking_no', birth: '出生年月', diagnosis: '主诊断', dept: '门诊科室', visitTime: '就诊日期', checkin: '入住日期',
  checkout: '离店日期', room: 'room_no', hotel: '门店', guest: '客人姓名', caller: '主叫', callee: '被叫', callTime: 'start_time',
  duration: 'duration_s', overdue: '当前逾期', loan: '授信额度', score: 'credit_score', orderNo: '订单编号', amount: 'total_fee',
  goods: 'item', senderName: 'sender_name', senderMobile: 'sender_phone', senderAddress: 'sender_addr', receiverName: 'consignee',
  receiverMobile: 'consignee_phone', receiverAddress: 'consignee_address', message: '聊天记录', sendTime: 'msg_time',
  sender: '发信人姓名', company: '单位名称', uscc: '统一代码', hotline: '400电话', sku: '货号', product: 'goods_name', price: 'unit_price',
  patient: '就诊人', owner: '车主姓名', doc: '证件号', remark: '说明', created: '录入时间', time: '上报时间', device: '终端编号',
  city: '所在城市', shop: 'shop_name',
};

const HELDOUT3: Record<FieldKey, string> = {
  name: 'XM', gender: 'XB', mobile: 'LXDH', landline: '单位电话', id: 'SFZH', email: '电子邮件', address: '现居住地址',
  card: '银行账号', balance: '账户余额(元)', passport: '护照', permit: '回乡证号', fpid: '外国人永久居留身份证', plate: '车牌号码',
  lat: 'wd', lng: 'jd', ip: 'ip_addr', imei: 'IMEI', mac: 'wifi_mac', idfa: 'ad_id', account: 'account', password: 'password',
  waybill: '物流单号', birth: 'CSRQ', diagnosis: '疾病名称', dept: '科别', visitTime: '就诊时间', checkin: '入住', checkout: '退房',
  room: '房间', hotel: '宾馆名称', guest: '旅客姓名', caller: '呼叫号码', callee: '接听号码', callTime: '呼叫时间', duration: '时长',
  overdue: '逾期期数', loan: '贷款余额', score: '信用等级', orderNo: '订单ID', amount: '支付金额', goods: '商品名',
  senderName: '寄件人姓名', senderMobile: '寄件人联系方式', senderAddress: '寄件人详细地址', receiverName: '收件人姓名',
  receiverMobile: '收件人联系方式', receiverAddress: '收件人详细地址', message: '正文', sendTime: '发送日期', sender: '用户',
  company: '公司', uscc: '信用代码', hotline: '咨询电话', sku: '商品ID', product: '商品', price: '售价', patient: '姓名',
  owner: '车主', doc: '证件号码', remark: '备注', created: '更新时间', time: '定位时间', device: '设备序列号',
  city: '城市名称', shop: '商户名称',
};

const HELDOUT4: Record<FieldKey, string> = {
  name: 'xingming', gender: 'xingbie', mobile: 'shoujihao', landline: 'zuoji', id: 'shenfenzhenghao', email: 'Email Address',
  address: '通讯地址', card: '卡号', balance: '余额', passport: '护照编号', permit: '通行证编号', fpid: '永居身份证号码',
  plate: '车辆号牌', lat: 'Lat.', lng: 'Lon.', ip: '来源IP', imei: 'IMEI1', mac: 'MAC Address', idfa: 'advertising_id',
  account: '用户名', password: '登录口令', waybill: '面单号', birth: '出生日', diagnosis: '临床诊断', dept: '就诊科别',
  visitTime: '挂号时间', checkin: '入住时刻', checkout: '离店时刻', room: '客房号', hotel: '酒店', guest: '住店人',
  caller: '主叫方', callee: '被叫方', callTime: '起始时间', duration: '通话秒数', overdue: '逾期状态', loan: '借款本金',
  score: '信用分', orderNo: '交易单号', amount: '订单金额', goods: '购买商品', senderName: '发货人', senderMobile: '发货人电话',
  senderAddress: '发货地址', receiverName: '收件人名称', receiverMobile: '收件人号码', receiverAddress: '收件人住址',
  message: '短信内容', sendTime: '发送时刻', sender: '联系人', company: '机构名称', uscc: 'USCC', hotline: '热线',
  sku: '物料编码', product: '产品名称', price: '金额', patient: '患者', owner: '车主名', doc: '证件号码', remark: '附注',
  created: '创建日期', time: 'gps_time', device: 'IMEI',
  city: 'chengshi', shop: 'dianpu',
};

const HELDOUT5: Record<FieldKey, string> = {
  name: 'custName', gender: 'sexCode', mobile: 'mobilePhone', landline: 'telNo', id: 'certNo', email: 'emailAddr', address: 'liveAddr',
  card: 'bankCardNo', balance: 'acctBalance', passport: 'passportNo', permit: 'hkMacauPassNo', fpid: 'certNo', plate: 'plateNum',
  lat: 'latitude', lng: 'longitude', ip: 'loginIp', imei: 'imeiCode', mac: 'macAddr', idfa: 'idfa', account: 'loginName',
  password: 'loginPwd', waybill: 'expressNo', birth: 'birthDate', diagnosis: 'diagName', dept: 'deptName', visitTime: 'visitDate',
  checkin: 'checkInTime', checkout: 'checkOutTime', room: 'roomNo', hotel: 'hotelName', guest: 'guestName', caller: 'callingNumber',
  callee: 'calledNumber', callTime: 'beginTime', duration: 'callDuration', overdue: 'overdueAmt', loan: 'loanAmt', score: 'creditScore',
  orderNo: 'orderNo', amount: 'payAmount', goods: 'goodsName', senderName: 'sendName', senderMobile: 'sendMobile', senderAddress: 'sendAddr',
  receiverName: 'recvName', receiverMobile: 'recvMobile', receiverAddress: 'recvAddr', message: 'msgContent', sendTime: 'sendTime',
  sender: 'fromName', company: 'corpName', uscc: 'creditCode', hotline: 'serviceTel', sku: 'skuCode', product: 'productName',
  price: 'unitPrice', patient: 'patientName', owner: 'ownerName', doc: 'certNo', remark: 'remark', created: 'gmtCreate',
  time: 'reportTime', device: 'deviceNo',
  city: 'cityName', shop: 'shopName',
};

const HELDOUT6: Record<FieldKey, string> = {
  name: '客户姓名(必填)', gender: '性别(男/女)', mobile: '手机号码（11位）', landline: '固话/座机', id: '身份证号码', email: '电子邮箱地址',
  address: '联系地址', card: '银行卡号(借记卡)', balance: '账户余额（元）', passport: '护照号码', permit: '港澳台通行证', fpid: '外籍证件号',
  plate: '车辆牌照', lat: '纬度(WGS84)', lng: '经度(WGS84)', ip: '终端IP', imei: '手机IMEI', mac: '网卡MAC', idfa: '广告标识符',
  account: '会员账号', password: '会员密码', waybill: '快递单号/运单号', birth: '出生日期(yyyy-mm-dd)', diagnosis: '初步诊断',
  dept: '就诊科室名称', visitTime: '就诊日期', checkin: '入住时间', checkout: '离店时间', room: '房间号码', hotel: '酒店门店',
  guest: '入住人姓名', caller: '主叫号码', callee: '被叫号码', callTime: '通话起始时间', duration: '通话时长(秒)', overdue: '逾期金额(元)',
  loan: '贷款金额(元)', score: '征信评分', orderNo: '订单号', amount: '实付款(元)', goods: '商品名称', senderName: '寄件人姓名',
  senderMobile: '寄件人手机', senderAddress: '寄件人地址', receiverName: '收件人姓名', receiverMobile: '收件人手机',
  receiverAddress: '收件人地址', message: '消息正文', sendTime: '发送时间', sender: '发送者', company: '公司全称',
  uscc: '统一社会信用代码(18位)', hotline: '客服热线', sku: '商品编号', product: '商品名', price: '单价(元)', patient: '患者姓名',
  owner: '车主姓名', doc: '证件号码', remark: '备注信息', created: '创建时间', time: '采集时间', device: '设备IMEI',
  city: '收货城市(市级)', shop: '店铺名称（全称）',
};

// Database and government-system exports (UPPER_SNAKE abbreviations, pinyin initials with a
// table prefix such as C_/F_), Taiwan/Hong Kong exports in traditional characters, and
// print templates whose headers are bracketed, spaced out with full-width spaces or numbered.
const HELDOUT7: Record<FieldKey, string> = {
  name: 'CUST_NM', gender: '性　別', mobile: '行動電話', landline: '聯絡電話', id: '身分證字號', email: 'E_MAIL', address: '【地址】',
  card: 'ACCT_NO', balance: 'BAL_AMT', passport: 'PSPT_NO', permit: '往來港澳通行證號碼', fpid: '永久居留證號碼', plate: 'C_HPHM',
  lat: 'GPS_LAT', lng: 'GPS_LNG', ip: 'IP位址', imei: 'DEV_IMEI', mac: 'WLAN MAC', idfa: 'IDFA_CODE', account: 'USER_ACCT',
  password: 'USER_PWD', waybill: '3.運單號', birth: '出生年月日', diagnosis: 'DIAG_DESC', dept: 'DEPT_NM', visitTime: 'VISIT_DT',
  checkin: 'CHECKIN_DT', checkout: 'CHECKOUT_DT', room: 'ROOM_NO', hotel: 'HOTEL_NM', guest: 'F_LKXM', caller: 'CALLING_NO',
  callee: 'CALLED_NO', callTime: 'START_DT', duration: 'CALL_SEC', overdue: 'OVD_AMT', loan: 'LOAN_AMT', score: 'CR_SCORE',
  orderNo: 'ORDER_NO', amount: 'PAY_AMT', goods: 'GOODS_NM', senderName: 'Shipper Name', senderMobile: 'Shipper Phone',
  senderAddress: 'Shipper Address', receiverName: '收貨人', receiverMobile: '收貨人電話', receiverAddress: '收貨地址',
  message: 'MSG_TXT', sendTime: 'SEND_DT', sender: 'FROM_USER_NM', company: 'CORP_NM', uscc: 'UNI_SOC_CRDT_CD', hotline: 'SVC_TEL',
  sku: 'SKU_ID', product: 'PROD_NM', price: 'PRICE', patient: 'PAT_NM', owner: 'JDCSYR', doc: 'ZJHM', remark: '備　註',
  created: 'CJSJ', time: 'DW_SJ', device: 'SBBH',
  city: 'CITY_NM', shop: 'SHOP_NM',
};

// Official and industry terms: the ID-card law's 公民身份号码, a bank's 户名/账号, courier
// exports' 寄方/收方, GIS exports' X/Y坐标, 串号 for an IMEI, hotel-register 抵店/宾客.
const HELDOUT8: Record<FieldKey, string> = {
  name: '户名', gender: 'Gender 性别', mobile: '移动电话', landline: '宅电', id: '公民身份号码', email: '电邮', address: '常住地址',
  card: '账号', balance: 'Avail Bal', passport: '出入境证件号', permit: '港澳证件号码', fpid: '外国人永居证号码', plate: '号牌',
  lat: 'Y坐标', lng: 'X坐标', ip: '访问IP', imei: '串号', mac: '物理地址', idfa: '设备广告ID', account: '登录名', password: '登录密码',
  waybill: '快件单号', birth: '生日', diagnosis: '诊断名称', dept: '挂号科室', visitTime: '就医日期', checkin: '抵店时间',
  checkout: '离开时间', room: '入住房间', hotel: '住宿场所', guest: '宾客', caller: '本端号码', callee: '对端号码', callTime: '呼叫开始',
  duration: '持续时间', overdue: '逾期本金', loan: '授信金额', score: '风险评分', orderNo: '业务单号', amount: '应付金额', goods: '货物名称',
  senderName: '寄方联系人', senderMobile: '寄方电话', senderAddress: '寄方地址', receiverName: '收方姓名', receiverMobile: '收方手机',
  receiverAddress: '收方详址', message: '会话内容', sendTime: '会话时间', sender: '发言人', company: '单位', uscc: '组织机构代码',
  hotline: '对外电话', sku: '条形码', product: '货品', price: '零售价', patient: '就医人', owner: '机动车所有人', doc: '有效证件号',
  remark: '其他', created: '导出时间', time: '回传时间', device: '终端串号', city: '到达城市', shop: '网点',
};

// Government and bureau exports (当事人姓名, 联系方式, 证件号码(身份证), 现居住地), hospital HIS
// columns (入院诊断, 病区, 床位), English e-commerce back-office exports (Receiver, Phone Number,
// Shipping Address, Tracking #) and mixed-language headers (患者 Patient).
const HELDOUT9: Record<FieldKey, string> = {
  name: '当事人姓名', gender: '性别代码', mobile: '联系方式', landline: 'Tel.', id: '证件号码(身份证)', email: 'E-Mail Address',
  address: '现居住地', card: '结算账户', balance: '账面余额', passport: '旅行证件号', permit: '往来港澳台证件', fpid: '外国人居留证件号',
  plate: '车辆号码', lat: '北纬', lng: '东经', ip: 'Remote Addr', imei: '设备识别码', mac: 'Wi-Fi地址', idfa: 'Ad Tracking ID',
  account: '登录用户', password: '用户口令', waybill: 'Tracking #', birth: 'DOB', diagnosis: '入院诊断', dept: '病区',
  visitTime: '入院日期', checkin: '到达日期', checkout: '离开日期', room: 'Room #', hotel: 'Property', guest: '住宿人员',
  caller: '计费号码', callee: '对方用户号码', callTime: '起呼时间', duration: '通话时长（分）', overdue: '逾期天数(天)',
  loan: '放款金额', score: '评分卡得分', orderNo: 'Order ID', amount: 'Total', goods: 'Item Name', senderName: '托运人',
  senderMobile: '托运人电话', senderAddress: '始发地址', receiverName: 'Receiver', receiverMobile: 'Phone Number',
  receiverAddress: 'Shipping Address', message: '留言', sendTime: '留言时间', sender: '留言人', company: '单位全称',
  uscc: '统一社会信用代码证号', hotline: '服务电话', sku: 'SKU编号', product: 'Product Title', price: 'Unit Price',
  patient: '患者 Patient', owner: '登记车主', doc: '身份证件号', remark: '办理情况', created: '登记日期', time: '采样时间',
  device: '终端标识', city: 'Ship City', shop: 'Store',
};

// One messy set of exports from sources the earlier variants do not draw on: a telecom
// operator's BOSS/CRM and call-detail records (机主姓名, 服务号码, MSISDN/OTHER_PARTY, 通信时长),
// a ride-hailing and logistics TMS (司机姓名, vehicle_no, 发货方/收货方, 托寄物, mail_no, GCJ-02
// coordinates, 车载终端号), a 旅馆业治安管理系统 upload (RZSJ/TFSJ/FJH, 旅馆名称) beside an English
// PMS (Guest Name, Document No.), a consumer-finance and collections system (还款卡号, 合同金额,
// DPD, 行为评分), a LIS and physical-exam centre (受检者姓名, 申请科室, 体检日期, 门诊诊断), Taobao
// and payment exports (宝贝标题, 商家编码, 商户订单号), a customer-service chat export and an
// app's audit log (操作IP, 记录时间), with health-standard pinyin initials (XBMC) and the tax
// office's 纳税人名称/纳税人识别号.
const HELDOUT10: Record<FieldKey, string> = {
  name: '机主姓名', gender: 'XBMC', mobile: '服务号码', landline: '座机号码', id: 'id_card_no', email: '联系邮箱',
  address: '详细地址', card: '还款卡号', balance: '卡内余额', passport: '普通护照号码', permit: '来往内地通行证号码',
  fpid: 'Permanent Residence ID No.', plate: 'vehicle_no', lat: 'gcj02_lat', lng: 'gcj02_lng', ip: '操作IP', imei: 'IMEI/MEID',
  mac: '终端MAC', idfa: 'IDFA(iOS)', account: 'username', password: '初始密码', waybill: 'mail_no', birth: 'Date of Birth',
  diagnosis: '门诊诊断', dept: '申请科室', visitTime: '体检日期', checkin: 'RZSJ', checkout: 'TFSJ', room: 'FJH', hotel: '旅馆名称',
  guest: 'Guest Name', caller: 'MSISDN', callee: 'OTHER_PARTY', callTime: 'CALL_BEGIN_TIME', duration: '通信时长', overdue: 'DPD',
  loan: '合同金额', score: '行为评分', orderNo: '商户订单号', amount: '运费(元)', goods: '托寄物', senderName: '发货方联系人',
  senderMobile: '发货方电话', senderAddress: '发货方地址', receiverName: '收货方联系人', receiverMobile: '收货方电话',
  receiverAddress: '收货方地址', message: '对话内容', sendTime: '消息时间', sender: '消息发送人', company: '纳税人名称',
  uscc: '纳税人识别号', hotline: '售后服务电话', sku: '商家编码', product: '宝贝标题', price: '商品单价', patient: '受检者姓名',
  owner: '司机姓名', doc: 'Document No.', remark: '客服备注', created: '记录时间', time: '轨迹时间', device: '车载终端号',
  city: '目的城市', shop: '商家名称',
};

// One messy set of exports from sources the earlier variants do not draw on: a bank's core
// system and credit-card centre (客户名称, 预留手机号, 借记卡号, 活期余额, 信用额度, 申请评分, and the
// credit report's 当前逾期总额), a car-insurance CRM (被保险人), a Spring/MyBatis back end (idCard,
// addr, login_id, create_time), Taobao and Pinduoduo seller exports (收货人姓名, 商家实收金额(元),
// 市, 规格编码) beside an ECShop order_sn and a Cainiao waybillCode, a food-delivery store export
// (门店名称), a FreeSWITCH call-detail CSV (caller_id_number, destination_number, start_stamp,
// billsec) and the operator's 服务密码, a 公安 治安场所 upload (场所名称) beside an international
// hotel PMS (ID/Passport No., 预离时间), an EMR and a HIS table in pinyin initials (西医诊断,
// 接诊科室, BRXM), an HR roster (家庭电话, 个人邮箱), a customer-service IM export (访客名称,
// 聊天内容) and an ERP supplier list (供应商名称, 营业执照号码).
const HELDOUT11: Record<FieldKey, string> = {
  name: '客户名称', gender: 'gender', mobile: '预留手机号', landline: '家庭电话', id: 'idCard', email: '个人邮箱', address: 'addr',
  card: '借记卡号', balance: '活期余额', passport: 'Passport Number', permit: '通行证号码', fpid: '永久居留证件号码',
  plate: 'plate_no', lat: '定位纬度', lng: '定位经度', ip: 'last_login_ip', imei: '终端IMEI', mac: 'mac_address',
  idfa: 'iOS广告标识符', account: 'login_id', password: '服务密码', waybill: 'waybillCode', birth: 'birth_dt', diagnosis: '西医诊断',
  dept: '接诊科室', visitTime: '门诊日期', checkin: '入住登记时间', checkout: '预离时间', room: '入住房号', hotel: '场所名称',
  guest: '入住旅客', caller: 'caller_id_number', callee: 'destination_number', callTime: 'start_stamp', duration: 'billsec',
  overdue: '当前逾期总额', loan: '信用额度', score: '申请评分', orderNo: 'order_sn', amount: '商家实收金额(元)', goods: '物品名称',
  senderName: '发件人', senderMobile: '发件人联系电话', senderAddress: '发件人详细地址', receiverName: '收货人姓名',
  receiverMobile: '收货人联系方式', receiverAddress: '收货人详细地址', message: '聊天内容', sendTime: '聊天时间', sender: '访客名称',
  company: '供应商名称', uscc: '营业执照号码', hotline: 'hotline', sku: '规格编码', product: '商品标题', price: '销售单价',
  patient: 'BRXM', owner: '被保险人', doc: 'ID/Passport No.', remark: 'note', created: 'create_time', time: 'loc_time',
  device: '设备编码', city: '市', shop: '门店名称',
};

// One messy set of exports from sources the earlier variants do not draw on: a housing
// provident fund (公积金) centre (职工姓名, 缴存余额(元), 缴存单位名称, 借据金额) and a medical-insurance
// settlement list (参保人姓名, 病种名称, 科室名称, 结算日期) keyed by the 社会保障号码, a property-management
// system (欠缴金额, 报修电话), a car-rental and a parking system (承租人, carPlate, 支付分, 定位器编号), a
// broadband installation order (宽带账号, 宽带密码, 固话号码), a call-centre ANI/DNIS export, WeCom
// customer and chat-archive columns (发送成员, 消息发送时间, 客户标签), a courier-station/EMS form
// (寄件联系人, 收件联系电话, 内件品名, 代收货款(元), 运单号码), an ERP inventory list (存货编码, 存货名称,
// 含税单价), an airline DCS (Travel Document No.), a 网格化 community registry (现住址, 境外人员证件号码,
// 填报时间), a dating app's moderation export (user_gender, 注册IP), OpenRTB's ifa, a Kafka event's
// event_time and spreadsheet headers with units or notes in brackets.
const HELDOUT12: Record<FieldKey, string> = {
  name: '职工姓名', gender: 'user_gender', mobile: '本人联系电话', landline: '固话号码', id: '社会保障号码', email: '电子信箱',
  address: '现住址', card: '工资卡号', balance: '缴存余额(元)', passport: 'Travel Document No.', permit: '港澳居民来往内地通行证号',
  fpid: '境外人员证件号码', plate: 'carPlate', lat: '纬度（°）', lng: '经度（°）', ip: '注册IP', imei: '国际移动设备识别码',
  mac: '无线网卡地址', idfa: 'ifa', account: '宽带账号', password: '宽带密码', waybill: '运单号码', birth: '出生日期（公历）',
  diagnosis: '病种名称', dept: '科室名称', visitTime: '结算日期', checkin: '到店时间', checkout: '退房日期', room: '房间编号',
  hotel: '入住酒店', guest: '住宿人姓名', caller: 'ANI', callee: 'DNIS', callTime: '接通时间', duration: '计费时长',
  overdue: '欠缴金额', loan: '借据金额', score: '支付分', orderNo: '订单流水号', amount: '代收货款(元)', goods: '内件品名',
  senderName: '寄件联系人', senderMobile: '寄件联系电话', senderAddress: '寄件详细地址', receiverName: '收件联系人',
  receiverMobile: '收件联系电话', receiverAddress: '收件详细地址', message: '文本内容', sendTime: '消息发送时间', sender: '发送成员',
  company: '缴存单位名称', uscc: '统一社会信用代码/注册号', hotline: '报修电话', sku: '存货编码', product: '存货名称', price: '含税单价',
  patient: '参保人姓名', owner: '承租人', doc: '证件号码（身份证/护照）', remark: '客户标签', created: '填报时间', time: 'event_time',
  device: '定位器编号', city: '地市', shop: '商户简称',
};

// One messy set of exports from sources the earlier variants do not draw on: Hong Kong and
// Taiwan systems in traditional characters (手提電話, 電郵地址, 戶口號碼, 市話, 查詢熱線, 身份證明文件號碼,
// 旅宿名稱, 房號, 縣市), a cross-border customs (清关) declaration (logisticsNo, consigneeTelephone,
// consigneeAddress, goodsValue, itemNo, itemName, 申报品名, 电商订单编号) beside a convenience-store
// pick-up (取件人姓名), a visa agency (申请人护照号, 五星卡号码, 通行證/回鄉證號碼), a gym CRM (会员姓名,
// 会员生日, 跟进备注, 所属门店), a game's real-name and account tables (实名身份证号, 游戏账号, 二级密码,
// 最近登录IP), an online-doctor and pharmacy platform (问诊人, 处方诊断, 开方科室, 问诊时间, 咨询人/咨询内容),
// a fund TA system's typed columns (C_SEX, EN_BALANCE) and SQL Server Hungarian ones (strIMEI,
// strIDFA, dtCallStart, nTalkSecs, dtCreated), an IoT platform (deviceName, GeoLocation.*) and a
// smart lock's BLE MAC, an EV-charging app (绑定车牌号), a court's 送达地址, an Opera-style PMS
// (Arrival/Departure), a recruitment site's 用人单位 and flattened merged-cell Excel headers.
const HELDOUT13: Record<FieldKey, string> = {
  name: '会员姓名', gender: 'C_SEX', mobile: '手提電話', landline: '市話', id: '实名身份证号', email: '電郵地址', address: '送达地址',
  card: '戶口號碼', balance: 'EN_BALANCE', passport: '申请人护照号', permit: '通行證/回鄉證號碼', fpid: '五星卡号码',
  plate: '绑定车牌号', lat: 'GeoLocation.Latitude', lng: 'GeoLocation.Longitude', ip: '最近登录IP', imei: 'strIMEI',
  mac: 'BLE MAC', idfa: 'strIDFA', account: '游戏账号', password: '二级密码', waybill: 'logisticsNo', birth: '会员生日',
  diagnosis: '处方诊断', dept: '开方科室', visitTime: '问诊时间', checkin: 'Arrival', checkout: 'Departure', room: '房號',
  hotel: '旅宿名稱', guest: '房客姓名', caller: '来电号码', callee: '受话方号码', callTime: 'dtCallStart', duration: 'nTalkSecs',
  overdue: '最长逾期天数', loan: '贷款本金', score: '综合评分', orderNo: '电商订单编号', amount: 'goodsValue', goods: '申报品名',
  senderName: '寄件人信息-姓名', senderMobile: '寄件人信息-手机', senderAddress: '寄件人信息-地址', receiverName: '取件人姓名',
  receiverMobile: 'consigneeTelephone', receiverAddress: 'consigneeAddress', message: '咨询内容', sendTime: '咨询时间',
  sender: '咨询人', company: '用人单位', uscc: '社会统一信用代码', hotline: '查詢熱線', sku: 'itemNo', product: 'itemName',
  price: '成交单价', patient: '问诊人', owner: '车辆所有人', doc: '身份證明文件號碼', remark: '跟进备注', created: 'dtCreated',
  time: '数据上报时间', device: 'deviceName', city: '縣市', shop: '所属门店',
};

// One messy set of exports from sources the earlier variants do not draw on: a provincial
// 一网通办 government-service platform (申请人姓名, 市场主体名称, 港澳台证件号码), a power utility's
// 户号 customer file (用电地址, 代扣账号, 预存余额, 欠费金额), vaccination records (受种者性别,
// 受种者出生日期), a civil-affairs 涉外 file (外方证件号码), a second-hand car platform (原车主, 融资金额)
// and a deposit-free rental one (芝麻信用分), an Airbnb-style reservations CSV (Start date, End date,
// Listing), a hospital appointment platform (就诊人姓名, 预约科室, 预约就诊日期), a cloud privacy-number
// call export (phone_no, peer_no, call_time), an XMPP message archive (body, sentDate), a WordPress
// MySQL dump (user_login, user_pass) and other snake_case dumps (id_number, passport_no, tracker_imei,
// fix_time, bd09_lat), a Windows logon event's Source Network Address, an English SaaS CRM (Business
// Phone, Primary Email, Created Date, License Plate) and a Shopify order export (Shipping Name/Phone/
// Street/City), postal 实名收寄 (交寄人), Kingdee/Yonyou ERP (物料代码, 物料名称, 原币单价, 摘要,
// 税务登记号), WeChat Pay and Alipay bills (商户单号, 交易对方, 金额（元）), a phone-recycling listing
// (机身串号), an MDM inventory (Wi-Fi MAC) and flattened two-level Excel headers (联系人_手机, 入住人_姓名).
const HELDOUT14: Record<FieldKey, string> = {
  name: '申请人姓名', gender: '受种者性别', mobile: '联系人_手机', landline: 'Business Phone', id: 'id_number', email: 'Primary Email',
  address: '用电地址', card: '代扣账号', balance: '预存余额', passport: 'passport_no', permit: '港澳台证件号码', fpid: '外方证件号码',
  plate: 'License Plate', lat: 'bd09_lat', lng: 'bd09_lng', ip: 'Source Network Address', imei: '机身串号', mac: 'Wi-Fi MAC',
  idfa: '广告ID(IDFA)', account: 'user_login', password: 'user_pass', waybill: '运单编号', birth: '受种者出生日期',
  diagnosis: '疾病诊断', dept: '预约科室', visitTime: '预约就诊日期', checkin: 'Start date', checkout: 'End date', room: 'Room Number',
  hotel: 'Listing', guest: '入住人_姓名', caller: 'phone_no', callee: 'peer_no', callTime: 'call_time', duration: 'duration',
  overdue: '欠费金额', loan: '融资金额', score: '芝麻信用分', orderNo: '商户单号', amount: '金额（元）', goods: '物品描述',
  senderName: '交寄人姓名', senderMobile: '交寄人电话', senderAddress: '交寄人地址', receiverName: 'Shipping Name',
  receiverMobile: 'Shipping Phone', receiverAddress: 'Shipping Street', message: 'body', sendTime: 'sentDate', sender: '发送者昵称',
  company: '市场主体名称', uscc: '税务登记号', hotline: '客户服务电话', sku: '物料代码', product: '物料名称', price: '原币单价',
  patient: '就诊人姓名', owner: '原车主', doc: '实名证件号', remark: '摘要', created: 'Created Date', time: 'fix_time',
  device: 'tracker_imei', city: 'Shipping City', shop: '交易对方',
};

// One messy set of exports from sources the earlier variants do not draw on: a kindergarten's
// parent-contact and health-check export (家长手机号, 幼儿出生日期), a long-stay rental apartment's
// (长租公寓) tenant file (租客姓名, 租客证件号, 公寓门店, 退租日期), a blood-donation record (献血者性别),
// a marathon registration (选手姓名, 报名订单号, 退款卡号), a medical-insurance settlement (医保结算)
// list (门（急）诊诊断, 个人账户余额, 费用发生日期), a traffic-police violation (违法) export
// (机动车号牌号码, 驾驶人姓名), SIM real-name registration (入网登记: 机主身份证号码, 手机串码), a
// collection agency's dialler log (外显号码, 拨打号码, 委案金额, C卡评分), RADIUS attributes
// (User-Name, User-Password, Framed-IP-Address) and a wireless controller's STA MAC, Elasticsearch
// _source fields (message, @timestamp, user.full_name, user.email, geo.location.*), a scenic-area
// and museum shop (游客护照号, 游客服务电话, 文创产品名称), an association roster (工作单位, 户籍地址),
// a Feishu form export (提交时间, 补充说明), a government database's TYSHXYDM and a children's
// watch platform (手表IMEI).
const HELDOUT15: Record<FieldKey, string> = {
  name: '选手姓名', gender: '献血者性别', mobile: '家长手机号', landline: '工作电话', id: '机主身份证号码', email: 'user.email',
  address: '户籍地址', card: '退款卡号', balance: '个人账户余额', passport: '游客护照号', permit: '通行证/居住证号',
  fpid: '外籍人员永居证号码', plate: '机动车号牌号码', lat: 'geo.location.lat', lng: 'geo.location.lon', ip: 'Framed-IP-Address',
  imei: '手机串码', mac: 'STA MAC', idfa: '苹果设备IDFA', account: 'User-Name', password: 'User-Password', waybill: '邮件号码',
  birth: '幼儿出生日期', diagnosis: '门（急）诊诊断', dept: '就医科室', visitTime: '费用发生日期', checkin: '入住办理时间',
  checkout: '退租日期', room: '房间(门牌)号', hotel: '公寓门店', guest: '租客姓名', caller: '外显号码', callee: '拨打号码',
  callTime: '拨打时间', duration: '接通时长', overdue: '委案金额', loan: '原始借款金额', score: 'C卡评分', orderNo: '报名订单号',
  amount: '应收金额', goods: '寄递物品', senderName: '寄件方姓名', senderMobile: '寄件方手机', senderAddress: '寄件方地址',
  receiverName: '收件方姓名', receiverMobile: '收件方手机', receiverAddress: '收件方地址', message: 'message',
  sendTime: '@timestamp', sender: 'user.full_name', company: '工作单位', uscc: 'TYSHXYDM', hotline: '游客服务电话', sku: '产品编码',
  product: '文创产品名称', price: '标价(元)', patient: '就诊者姓名', owner: '驾驶人姓名', doc: '租客证件号', remark: '补充说明',
  created: '提交时间', time: '位置时间', device: '手表IMEI', city: '城市/地区', shop: '门店/商户',
};

// One internet consumer-finance company's mixed exports, from sources the earlier variants do not
// draw on: its loan core and CRM (借款人姓名, 借款人身份证号, 注册手机号, 居住地址, 单位座机, 绑卡卡号, 钱包余额,
// 在贷余额, 逾期罚息), the risk-control tables of loan applications (apply_ip, device_imei/mac/idfa,
// 反欺诈评分), a car-title loan's collateral (抵押人姓名, 抵押车牌号), a cloud call-centre CDR with agents
// on bound phones (客户号码, 座席绑定号码, 来电时间, 座席通话时长), the installment mall (商城订单号, 商城SKU,
// 商品全称, 销售价(元), 成交金额, 配送城市, 入驻店铺) and its merchant onboarding (营业执照名称, biz_license_no,
// 商户客服电话), the logistics arm's TMS and driver app (电子面单号, 发货/收货联系人, 托寄物内容, 司机端设备号,
// loc_lat/loc_lng/loc_ts), the customer-service IM (访客姓名, 客户消息, 客户发送时间, 服务小记), a 商旅
// hotel-booking export (出差人, 出差人证件号, 预订酒店, 实际入住时间), an employee supplementary medical
// insurance claim list (出险人姓名, 出险诊断, 医院科室, 出险日期) and HR's register of employees' 因私
// travel documents (因私护照号码, 回乡证/台胞证号码, 外国人永居身份证号).
const HELDOUT16: Record<FieldKey, string> = {
  name: '借款人姓名', gender: 'cust_gender', mobile: '注册手机号', landline: '单位座机', id: '借款人身份证号', email: '常用邮箱',
  address: '居住地址', card: '绑卡卡号', balance: '钱包余额', passport: '因私护照号码', permit: '回乡证/台胞证号码',
  fpid: '外国人永居身份证号', plate: '抵押车牌号', lat: 'loc_lat', lng: 'loc_lng', ip: 'apply_ip', imei: 'device_imei',
  mac: 'device_mac', idfa: 'device_idfa', account: 'APP账号', password: 'APP登录密码', waybill: '电子面单号', birth: '客户生日',
  diagnosis: '出险诊断', dept: '医院科室', visitTime: '出险日期', checkin: '实际入住时间', checkout: '实际离店时间',
  room: '入住房间号', hotel: '预订酒店', guest: '出差人', caller: '客户号码', callee: '座席绑定号码', callTime: '来电时间',
  duration: '座席通话时长', overdue: '逾期罚息(元)', loan: '在贷余额', score: '反欺诈评分', orderNo: '商城订单号',
  amount: '成交金额', goods: '托寄物内容', senderName: '发货联系人', senderMobile: '发货联系电话', senderAddress: '发货详细地址',
  receiverName: '收货联系人', receiverMobile: '收货联系电话', receiverAddress: '收货详细地址', message: '客户消息',
  sendTime: '客户发送时间', sender: '访客姓名', company: '营业执照名称', uscc: 'biz_license_no', hotline: '商户客服电话',
  sku: '商城SKU', product: '商品全称', price: '销售价(元)', patient: '出险人姓名', owner: '抵押人姓名', doc: '出差人证件号',
  remark: '服务小记', created: '建档时间', time: 'loc_ts', device: '司机端设备号', city: '配送城市', shop: '入驻店铺',
};

// One provincial tertiary (三甲) hospital group's exports, from sources the earlier variants do not
// draw on: its HIS/EMR views as the data centre exports them (ID_NO, SEX_NAME, OPER_DATE
// and MARK in Neusoft-style upper case; HZXM, KSMC, JZRQ in health-statistics pinyin initials; 门诊主要诊断),
// the patient-card file (持卡人姓名, 本人手机号码, 固定电话(含区号), 通信地址) with its 预交金 refund card and
// balance, the 信用就医 (treat-first-pay-later) ledger, the international clinic's 外籍/港澳台 patients, the
// HIS operator table (操作员工号/密码, 登录终端IP), the patient app's device table, the internet-hospital
// pharmacy mall (药品订单号, 药品编码, 药品/商品名称, 个人自付金额, 履约门店) shipping through SF Express API
// fields (waybill_no, j_contact/j_mobile/j_address, d_contact/d_mobile/d_address/d_city, cargo), the
// parking system's staff 月卡, 后勤's lodging register for visiting experts at a 协议酒店, an Asterisk
// call-centre CDR (src, dst, calldate, talk_time), 出院随访 replies, the 互联网+护理 nurse-app track and
// the GSP supplier file (供货单位).
const HELDOUT17: Record<FieldKey, string> = {
  name: '持卡人姓名', gender: 'SEX_NAME', mobile: '本人手机号码', landline: '固定电话(含区号)', id: 'ID_NO', email: '邮箱地址',
  address: '通信地址', card: '预交金退费卡号', balance: '预交金余额', passport: '患者护照号码', permit: '港澳台患者证件号',
  fpid: '外籍患者永居证号', plate: '月卡车牌', lat: '轨迹点纬度', lng: '轨迹点经度', ip: '登录终端IP', imei: 'IMEI(安卓)',
  mac: '手机MAC', idfa: 'IDFA(苹果)', account: '操作员工号', password: '操作员密码', waybill: 'waybill_no',
  birth: '患者出生日期', diagnosis: '门诊主要诊断', dept: 'KSMC', visitTime: 'JZRQ', checkin: '报到入住时间',
  checkout: '退房结算时间', room: '安排房号', hotel: '协议酒店', guest: '入住人员', caller: 'src', callee: 'dst',
  callTime: 'calldate', duration: 'talk_time', overdue: '欠费挂账金额', loan: '信用就医额度', score: '医疗信用分',
  orderNo: '药品订单号', amount: '个人自付金额', goods: 'cargo', senderName: 'j_contact', senderMobile: 'j_mobile',
  senderAddress: 'j_address', receiverName: 'd_contact', receiverMobile: 'd_mobile', receiverAddress: 'd_address',
  message: '患者回复内容', sendTime: '回复时间', sender: '随访对象', company: '供货单位', uscc: '供货单位信用代码',
  hotline: '24小时服务电话', sku: '药品编码', product: '药品/商品名称', price: '药品单价(元)', patient: 'HZXM',
  owner: '月卡持有人', doc: '入住人证件号码', remark: 'MARK', created: 'OPER_DATE', time: '轨迹点时间', device: '护士端设备号',
  city: 'd_city', shop: '履约门店',
};

// One city's public-transport and smart-city operator's exports, from sources the earlier variants do
// not draw on: the citizen app's Go backend user and device tables (real_name, user_sex, bind_mobile,
// 注册邮箱, android_imei, ios_idfa, login_account/passwd, x_real_ip, ctime), the transit-card system
// (居民身份证号码, 卡片邮寄地址, 圈存银行卡号, KNYE in pinyin initials, 外籍持卡人永居证号, hmt_cert_no,
// 旅客护照号 for visitor cards, 持卡人出生日期 for 老年卡), roadside parking and 信用乘车 (待补缴金额, 信用乘车额度,
// 市民信用分, 包月车主姓名, car_number), the bike-sharing lock track (智能锁IMEI, lat_wgs84, gnss_time),
// the bus company's passenger-injury claims (受伤乘客, 伤情诊断, 救治科室, 首诊日期), a Huawei-style CTI
// export of the 12345 line (calling_party, called_party, answer_time, talk_duration) and its 工单备注,
// the hotel it owns (Foxhis-style arr_time/dep_time, 客房编号, 主客姓名, 登记证件号, 所属酒店), the
// same-city courier partner's open-API fields (fromSenderName, toMobile, toCityName, 寄递单号), the
// app's souvenir-card shop (sku_no, goods_title, sale_price, out_trade_no, txn_amt, store_name), the IM
// (nick_name, content, sent_at) and the partner-merchant file (合作单位, social_credit_code, service_phone).
const HELDOUT18: Record<FieldKey, string> = {
  name: 'real_name', gender: 'user_sex', mobile: 'bind_mobile', landline: '联系座机', id: '居民身份证号码', email: '注册邮箱',
  address: '卡片邮寄地址', card: '圈存银行卡号', balance: 'KNYE', passport: '旅客护照号', permit: 'hmt_cert_no',
  fpid: '外籍持卡人永居证号', plate: 'car_number', lat: 'lat_wgs84', lng: 'lng_wgs84', ip: 'x_real_ip', imei: 'android_imei',
  mac: 'client_mac', idfa: 'ios_idfa', account: 'login_account', password: 'passwd', waybill: '寄递单号', birth: '持卡人出生日期',
  diagnosis: '伤情诊断', dept: '救治科室', visitTime: '首诊日期', checkin: 'arr_time', checkout: 'dep_time', room: '客房编号',
  hotel: '所属酒店', guest: '主客姓名', caller: 'calling_party', callee: 'called_party', callTime: 'answer_time',
  duration: 'talk_duration', overdue: '待补缴金额', loan: '信用乘车额度', score: '市民信用分', orderNo: 'out_trade_no',
  amount: 'txn_amt', goods: '寄件物品', senderName: 'fromSenderName', senderMobile: 'fromMobile', senderAddress: 'fromAddress',
  receiverName: 'toReceiverName', receiverMobile: 'toMobile', receiverAddress: 'toAddress', message: 'content', sendTime: 'sent_at',
  sender: 'nick_name', company: '合作单位', uscc: 'social_credit_code', hotline: 'service_phone', sku: 'sku_no',
  product: 'goods_title', price: 'sale_price', patient: '受伤乘客', owner: '包月车主姓名', doc: '登记证件号', remark: '工单备注',
  created: 'ctime', time: 'gnss_time', device: '智能锁IMEI', city: 'toCityName', shop: 'store_name',
};

// One national budget-hotel chain's exports, from sources the earlier variants do not draw on: its
// Foxhis-style PMS (到日/离日 on the in-house report, rmno from the master table, 宾客姓名, 入住证件号,
// 客人生日, 外宾永居证号, 前台备注, 所属分店) with the guest Wi-Fi portal (上网设备MAC) and the car park's
// 停车登记人/停车车牌, the CRS (预订单号, 入住城市), the membership programme (会员性别, 会员手机号, 会员身份证号,
// 储值余额 as CZYE, 付款卡号) and its 信用住 (信用住额度, 信用住欠款, zm_score), the PHP tables of the points
// mall and mini-program (truename, tel, address_detail, uname, login_password, last_ip, add_time,
// order_amount, receiver_*), the mall's gifts and shipping (礼品编码, 礼品名称, 市场价, 兑换礼品, 快递运单号,
// 发件联系人/…手机/…地址, 发货门店), the travel-agency arm's tour rosters (出游人护照号, 港澳台居民通行证号) and
// its incident register (就医游客, 医院诊断, 送医科室, 送医日期), a cloud call centre with remote seats
// (客户来电号码, 座席接听号码, 呼入时间, 通话时长(s), 客服热线电话), the IM export (客户昵称, 聊天消息,
// msg_send_time), the delivery partner's rider track (骑手设备号, imei_no, rider_lat/rider_lng,
// 骑手定位时间), BI's attribution table (IDFA/CAID) and the 协议单位 file (协议单位名称, 单位税号).
const HELDOUT19: Record<FieldKey, string> = {
  name: 'truename', gender: '会员性别', mobile: '会员手机号', landline: 'tel', id: '会员身份证号', email: '电子邮箱',
  address: 'address_detail', card: '付款卡号', balance: 'CZYE', passport: '出游人护照号', permit: '港澳台居民通行证号',
  fpid: '外宾永居证号', plate: '停车车牌', lat: 'rider_lat', lng: 'rider_lng', ip: 'last_ip', imei: 'imei_no',
  mac: '上网设备MAC', idfa: 'IDFA/CAID', account: 'uname', password: 'login_password', waybill: '快递运单号',
  birth: '客人生日', diagnosis: '医院诊断', dept: '送医科室', visitTime: '送医日期', checkin: '到日', checkout: '离日',
  room: 'rmno', hotel: '所属分店', guest: '宾客姓名', caller: '客户来电号码', callee: '座席接听号码', callTime: '呼入时间',
  duration: '通话时长(s)', overdue: '信用住欠款', loan: '信用住额度', score: 'zm_score', orderNo: '预订单号',
  amount: 'order_amount', goods: '兑换礼品', senderName: '发件联系人', senderMobile: '发件联系人手机',
  senderAddress: '发件联系地址', receiverName: 'receiver_name', receiverMobile: 'receiver_phone',
  receiverAddress: 'receiver_address', message: '聊天消息', sendTime: 'msg_send_time', sender: '客户昵称',
  company: '协议单位名称', uscc: '单位税号', hotline: '客服热线电话', sku: '礼品编码', product: '礼品名称', price: '市场价',
  patient: '就医游客', owner: '停车登记人', doc: '入住证件号', remark: '前台备注', created: 'add_time', time: '骑手定位时间',
  device: '骑手设备号', city: '入住城市', shop: '发货门店',
};

// One provincial mobile operator's digital-services subsidiary, from sources the earlier variants do
// not draw on: its AsiaInfo-style CRM and billing views (SERIAL_NUMBER, PSPT_ID, CALLING_NBR/CALLED_NBR,
// CALL_START_TIME, BILL_DURATION; 用户姓名, 用户性别, 客户出生日期, 外籍客户永居证号码, 受理流水号, 受理备注,
// 受理时间, 实收费用(元), 归属地市), its own retail stores (营业厅名称, 销售品编码/名称/价格, IMEI串码), broadband
// installation (装机地址, IMS固话号码, 电子账单邮箱, PPPoE账号/密码, WAN口IP, 光猫MAC) and the installer app's
// on-site sign-in (签到纬度/经度/时间, 装维终端IMEI), the wallet (绑定银行卡号, 现金账户余额) and BI's app_idfa,
// a loan-supermarket partner's lead table (apply_amount, 历史逾期金额, yys_score), ETC issuance (ETC办理人,
// ETC车牌号), the travel app's Go backend hotel orders (arrive_time, leave_time, room_num, hotel_cn_name,
// guest_cert_no, 入住客人), flight passengers (乘机人护照号/通行证号) and travel-insurance claims (被保人姓名,
// 诊断结论, 治疗科室, 出险就诊日期), the parcel-locker backend's send orders (投递单号, send_user_*/recv_user_*,
// 物品类型), the CS IM's Java fields (visitorName, chatText, chatTime) and the 集团客户 (enterprise) file
// (集团客户名称, 统一信用代码, 企业热线).
const HELDOUT20: Record<FieldKey, string> = {
  name: '用户姓名', gender: '用户性别', mobile: 'SERIAL_NUMBER', landline: 'IMS固话号码', id: 'PSPT_ID', email: '电子账单邮箱',
  address: '装机地址', card: '绑定银行卡号', balance: '现金账户余额', passport: '乘机人护照号', permit: '乘机人通行证号',
  fpid: '外籍客户永居证号码', plate: 'ETC车牌号', lat: '签到纬度', lng: '签到经度', ip: 'WAN口IP', imei: 'IMEI串码',
  mac: '光猫MAC', idfa: 'app_idfa(iOS)', account: 'PPPoE账号', password: 'PPPoE密码', waybill: '投递单号', birth: '客户出生日期',
  diagnosis: '诊断结论', dept: '治疗科室', visitTime: '出险就诊日期', checkin: 'arrive_time', checkout: 'leave_time',
  room: 'room_num', hotel: 'hotel_cn_name', guest: '入住客人', caller: 'CALLING_NBR', callee: 'CALLED_NBR',
  callTime: 'CALL_START_TIME', duration: 'BILL_DURATION', overdue: '历史逾期金额', loan: 'apply_amount', score: 'yys_score',
  orderNo: '受理流水号', amount: '实收费用(元)', goods: '物品类型', senderName: 'send_user_name', senderMobile: 'send_user_mobile',
  senderAddress: 'send_user_addr', receiverName: 'recv_user_name', receiverMobile: 'recv_user_mobile',
  receiverAddress: 'recv_user_addr', message: 'chatText', sendTime: 'chatTime', sender: 'visitorName', company: '集团客户名称',
  uscc: '统一信用代码', hotline: '企业热线', sku: '销售品编码', product: '销售品名称', price: '销售品价格', patient: '被保人姓名',
  owner: 'ETC办理人', doc: 'guest_cert_no', remark: '受理备注', created: '受理时间', time: '签到时间', device: '装维终端IMEI',
  city: '归属地市', shop: '营业厅名称',
};

// One large comprehensive university's systems, from sources the earlier variants do not draw on: the
// data centre's student views in the JY/T 1006 education-data codes (XBM, SJHM, SFZJH, DZXX, JTDZ, and the
// ODS sync column TSTAMP) with the 学工 system's 学生姓名, 学生出生日期, 家庭座机, 辅导员备注 and 生源地市, the
// campus card (校园卡余额(元), 消费商户) and the 奖助学金发放卡号, the 国家助学贷款 ledger (助学贷款合同金额,
// 逾期未还本息(元)) and the 校园信用分, the international office's 出国交流护照号, 港澳台侨学生证件号 and
// 外籍教师永居证号, the campus network's Srun-style accounts and terminals (上网账号/密码, online_ip, user_mac,
// 终端IMEI号, idfa_ios), the 校园跑 app's camelCase track (pointLat/pointLng/pointTime, runDeviceId), the
// campus clinic (就诊学生, 诊断意见, 门诊诊室, 来诊日期), the reception centre's partner-hotel register (来宾姓名,
// 来宾证件号码, 实际抵达/实际离店, 客房号码, 接待酒店), the admissions hotline's CDR (callerNumber,
// calleeNumber, callStartTime, talkSeconds) and its EMS mailing of 录取通知书 (通知书EMS单号, 寄件经办人,
// 考生姓名, 通知书邮寄地址, 内装物品), the 统一支付平台 (缴费订单号, 实缴金额(元)), the campus supermarket, the
// 校长信箱 (来信人, 来信内容, 来信时间), the employment office's recruiting employers (招聘单位名称, 招聘单位信用代码,
// 招聘咨询电话) and the campus gate's vehicle register (入校车辆号牌, 车辆登记人).
const HELDOUT21: Record<FieldKey, string> = {
  name: '学生姓名', gender: 'XBM', mobile: 'SJHM', landline: '家庭座机', id: 'SFZJH', email: 'DZXX', address: 'JTDZ',
  card: '奖助学金发放卡号', balance: '校园卡余额(元)', passport: '出国交流护照号', permit: '港澳台侨学生证件号',
  fpid: '外籍教师永居证号', plate: '入校车辆号牌', lat: 'pointLat', lng: 'pointLng', ip: 'online_ip', imei: '终端IMEI号',
  mac: 'user_mac', idfa: 'idfa_ios', account: '上网账号', password: '上网密码', waybill: '通知书EMS单号', birth: '学生出生日期',
  diagnosis: '诊断意见', dept: '门诊诊室', visitTime: '来诊日期', checkin: '实际抵达', checkout: '实际离店', room: '客房号码',
  hotel: '接待酒店', guest: '来宾姓名', caller: 'callerNumber', callee: 'calleeNumber', callTime: 'callStartTime',
  duration: 'talkSeconds', overdue: '逾期未还本息(元)', loan: '助学贷款合同金额', score: '校园信用分', orderNo: '缴费订单号',
  amount: '实缴金额(诉讼费,元)', goods: '内装物品', senderName: '寄件经办人', senderMobile: '经办人手机', senderAddress: '寄件单位地址',
  receiverName: '考生姓名', receiverMobile: '考生联系电话', receiverAddress: '通知书邮寄地址', message: '来信内容',
  sendTime: '来信时间', sender: '来信人', company: '招聘单位名称', uscc: '招聘单位信用代码', hotline: '招聘咨询电话',
  sku: '超市商品编码', product: '商品名称及规格', price: '零售单价', patient: '就诊学生', owner: '车辆登记人', doc: '来宾证件号码',
  remark: '辅导员备注', created: 'TSTAMP', time: 'pointTime', device: 'runDeviceId', city: '生源地市', shop: '消费商户',
};

// One securities brokerage's exports, from sources the earlier variants do not draw on: the
// centralised-trading account tables in Hundsun-style snake case (client_name, client_sex, mobile_tel,
// office_tel, id_address, create_dt) beside 金证-style pinyin initials (ZJZH 资金账号, ZJYE 资金余额), 三方存管
// (存管银行卡号) and the 交易密码, the 穿透式监管 站点信息 of each order (委托终端IP, 站点IMEI/MAC/IDFA), the
// online account opening (开户证件号码, 投资者出生日期, 对账单接收邮箱, 开户定位纬度/经度/时间, 开户设备标识) with
// its 港澳台 and foreign investors (境外自然人护照号, 港澳台投资者通行证号, 外籍投资者永居证号), the margin-financing
// book (融资授信额度, 逾期负债(元), 两融征信评分), the call centre's 开户回访 (回访主叫/被叫号码, 回访开始时间,
// 回访通话时长(秒)), 投顾服务留痕 (发言客户, 留痕消息内容, 留痕时间), the annual strategy conference's hotel
// (参会嘉宾, 嘉宾证件号, 会务酒店, 嘉宾房号, 嘉宾入住/离店时间), wealth-management VIP benefits (绿通就医人, 就医诊断,
// 陪诊科室, 陪诊日期; 权益车主姓名, 贵宾泊车车牌), the points mall (积分商品编码/名称, 兑换单价(元), 兑换订单号,
// 订单实付(元), 所属营业部) mailing gifts through a courier's open API (receiveName, receiveMobile,
// receiveAddress, receiveCity; 礼品寄送单号, 寄送礼品, 寄件客户经理), the 代销 fund managers' file (基金管理人名称,
// 管理人统一社会信用代码, 管理人客服电话) and the CRM's 客户经理备注.
const HELDOUT22: Record<FieldKey, string> = {
  name: 'client_name', gender: 'client_sex', mobile: 'mobile_tel', landline: 'office_tel', id: '开户证件号码', email: '对账单接收邮箱',
  address: 'id_address', card: '存管银行卡号', balance: 'ZJYE', passport: '境外自然人护照号', permit: '港澳台投资者通行证号',
  fpid: '外籍投资者永居证号', plate: '贵宾泊车车牌', lat: '开户定位纬度', lng: '开户定位经度', ip: '委托终端IP', imei: '站点IMEI',
  mac: '站点MAC', idfa: '站点IDFA', account: 'ZJZH', password: '交易密码', waybill: '礼品寄送单号', birth: '投资者出生日期',
  diagnosis: '就医诊断', dept: '陪诊科室', visitTime: '陪诊日期', checkin: '嘉宾入住时间', checkout: '嘉宾离店时间', room: '嘉宾房号',
  hotel: '会务酒店', guest: '参会嘉宾', caller: '回访主叫号码', callee: '回访被叫号码', callTime: '回访开始时间',
  duration: '回访通话时长(秒)', overdue: '逾期负债(元)', loan: '融资授信额度', score: '两融征信评分', orderNo: '兑换订单号',
  amount: '订单实付(元)', goods: '寄送礼品', senderName: '寄件客户经理', senderMobile: '客户经理手机', senderAddress: '寄件营业部地址',
  receiverName: 'receiveName', receiverMobile: 'receiveMobile', receiverAddress: 'receiveAddress', message: '留痕消息内容',
  sendTime: '留痕时间', sender: '发言客户', company: '基金管理人名称', uscc: '管理人统一社会信用代码', hotline: '管理人客服电话',
  sku: '积分商品编码', product: '积分商品名称', price: '兑换单价(元)', patient: '绿通就医人', owner: '权益车主姓名', doc: '嘉宾证件号',
  remark: '客户经理备注', created: 'create_dt', time: '开户定位时间', device: '开户设备标识', city: 'receiveCity', shop: '所属营业部',
};

// One regional auto 4S dealer group's exports, from sources the earlier variants do not draw on: the
// manufacturer DMS's customer file in upper case (CUSTOMER_NAME, CUSTOMER_GENDER, CONTACTOR_MOBILE,
// CONTACTOR_PHONE, CERTIFICATE_CODE, LICENSE_NO, CREATE_DATE) with the showroom's 车主邮箱, 车主常住地址,
// 车主生日 and 外籍/港澳台购车人 documents, the after-sales 保养储值卡 balance in pinyin initials (CZKYE) and
// 服务顾问备注, the owner app's camelCase member and device tables (memberAccount, memberPwd, lastLoginIp,
// phoneImei, wifiMacAddr, iosIdfa), the 按揭 desk and the captive-finance approval (按揭还款卡号,
// 按揭贷款额(元), 按揭逾期天数, 汽金审批评分), the loan cars' GPS trackers (GPS终端IMEI, 车辆纬度/经度,
// 末次定位时间), the DCC's outbound 邀约 calls (DCC外显号码, 邀约客户号码, 外呼时间, 有效通话(秒)) and its
// lead IM (留资客户, IM会话内容, IM消息时间), 代办上牌's mailing of 行驶证 and plates (证照邮寄单号, 寄件专员,
// 收件车主, 寄递内容), the accident-car desk's 人伤 list (人伤伤者姓名, 伤者诊断, 伤者就诊科室, 伤者就诊日期)
// and the 续保 list's 行驶证车主, the 车友会 road trip's hotel (入住车友, 车友证件号, 分配房号, 自驾游下榻酒店),
// the 精品/配件 mall (精品订单号, 配件编号, 配件单价(元), 结算金额(元), 交车城市, 经销商简称) and the
// 承保公司 file (承保公司统一信用代码, 报案电话).
const HELDOUT23: Record<FieldKey, string> = {
  name: 'CUSTOMER_NAME', gender: 'CUSTOMER_GENDER', mobile: 'CONTACTOR_MOBILE', landline: 'CONTACTOR_PHONE', id: 'CERTIFICATE_CODE',
  email: '车主邮箱', address: '车主常住地址', card: '按揭还款卡号', balance: 'CZKYE', passport: '外籍购车人护照号',
  permit: '港澳台购车人证件号', fpid: '外籍车主永居证号', plate: 'LICENSE_NO', lat: '车辆纬度', lng: '车辆经度', ip: 'lastLoginIp',
  imei: 'phoneImei', mac: 'wifiMacAddr', idfa: 'iosIdfa', account: 'memberAccount', password: 'memberPwd', waybill: '证照邮寄单号',
  birth: '车主生日', diagnosis: '伤者诊断', dept: '伤者就诊科室', visitTime: '伤者就诊日期', checkin: '车友入住时间',
  checkout: '车友退房时间', room: '分配房号', hotel: '自驾游下榻酒店', guest: '入住车友', caller: 'DCC外显号码', callee: '邀约客户号码',
  callTime: '外呼时间', duration: '有效通话(秒)', overdue: '按揭逾期天数', loan: '按揭贷款额(元)', score: '汽金审批评分',
  orderNo: '精品订单号', amount: '结算金额(元)', goods: '寄递内容', senderName: '寄件专员', senderMobile: '寄件专员电话',
  senderAddress: '寄件门店地址', receiverName: '收件车主', receiverMobile: '收件车主电话', receiverAddress: '证照收件地址',
  message: 'IM会话内容', sendTime: 'IM消息时间', sender: '留资客户', company: '承保公司', uscc: '承保公司统一信用代码',
  hotline: '报案电话', sku: '配件编号', product: '精品/配件名称', price: '配件单价(元)', patient: '人伤伤者姓名', owner: '行驶证车主',
  doc: '车友证件号', remark: '服务顾问备注', created: 'CREATE_DATE', time: '末次定位时间', device: 'GPS终端IMEI', city: '交车城市',
  shop: '经销商简称',
};

// One northern ski-resort group's exports, from sources the earlier variants do not draw on: the
// season-pass (雪季卡) SaaS's snake_case skier file (skier_name, skier_gender, skier_mobile, home_phone,
// skier_email, home_address, skier_birthday, insert_time) with 实名购票's 身份证号（实名购票） and the
// international and 港澳台 skiers' documents, the rental desk's 押金退款卡号 and the 一卡通 wristband balance
// (YKT_YE), the season-pass installment partner's pinyin-English columns (FQ_TOTAL_AMT, YQ_AMT, ZR_SCORE),
// the .NET ticketing site's PascalCase logins (UserCode, UserPassword, LoginIPAddress), the app's JPush
// device table (jpush_imei, jpush_mac, jpush_idfa), the ski school's 防走失定位器 for children
// (locator_lat/lng, locator_report_time), the mountain lodges' 木屋 register (木屋住客, 住客证件号码,
// 木屋入住/退房时间, 木屋编号, 山地木屋), the ski patrol's injury list (受伤雪友, 医务站诊断, 转诊科室, 救护日期),
// the booking line's cloud call-centre CDR (FromNumber, ToNumber, AnsweredAt, TalkDuration(s)), the
// booking chat (msg_from_name, msg_text, msg_created_at), 雪具托运 shipping of skiers' own equipment
// (雪具托运单号, 雪具托运人, 上门揽收地址, 雪具收件人, 雪具送达地址), 停车预约 (预约车主姓名, 预约车牌号), OTA
// orders (OTA订单号, 订单合计(元), 客源城市, 所属雪具店), the pro shop (雪具货号, 雪具品名, 吊牌价) and the
// 合作旅行社 file (合作旅行社名称, 旅行社统一社会信用代码, 旅行社服务热线).
const HELDOUT24: Record<FieldKey, string> = {
  name: 'skier_name', gender: 'skier_gender', mobile: 'skier_mobile', landline: 'home_phone', id: '身份证号（实名购票）',
  email: 'skier_email', address: 'home_address', card: '押金退款卡号', balance: 'YKT_YE', passport: '国际雪友护照号码',
  permit: '港澳台雪友证件号码', fpid: '外籍雪友永居证件号', plate: '预约车牌号', lat: 'locator_lat', lng: 'locator_lng',
  ip: 'LoginIPAddress', imei: 'jpush_imei', mac: 'jpush_mac', idfa: 'jpush_idfa', account: 'UserCode', password: 'UserPassword',
  waybill: '雪具托运单号', birth: 'skier_birthday', diagnosis: '医务站诊断', dept: '转诊科室', visitTime: '救护日期',
  checkin: '木屋入住时间', checkout: '木屋退房时间', room: '木屋编号', hotel: '山地木屋', guest: '木屋住客', caller: 'FromNumber',
  callee: 'ToNumber', callTime: 'AnsweredAt', duration: 'TalkDuration(s)', overdue: 'YQ_AMT', loan: 'FQ_TOTAL_AMT', score: 'ZR_SCORE',
  orderNo: 'OTA订单号', amount: '订单合计(元)', goods: '托运雪具', senderName: '雪具托运人', senderMobile: '托运人手机',
  senderAddress: '上门揽收地址', receiverName: '雪具收件人', receiverMobile: '收件人手机号', receiverAddress: '雪具送达地址',
  message: 'msg_text', sendTime: 'msg_created_at', sender: 'msg_from_name', company: '合作旅行社名称', uscc: '旅行社统一社会信用代码',
  hotline: '旅行社服务热线', sku: '雪具货号', product: '雪具品名', price: '吊牌价', patient: '受伤雪友', owner: '预约车主姓名',
  doc: '住客证件号码', remark: '备注(运营)', created: 'insert_time', time: 'locator_report_time', device: '防走失定位器IMEI',
  city: '客源城市', shop: '所属雪具店',
};

// One provincial driving-school group's (驾培集团) exports, from sources the earlier variants do not draw
// on: the 车管所 预录入 upload in the traffic-police database's pinyin initials (SFZMHM 身份证明号码, LXZSXXDZ
// 联系住所详细地址) beside the enrolment SaaS's camelCase student file (stuSex, stuMobile, stuBirthday), the
// 计时培训 platform's vehicle record (licnum) with its 挂靠车主 and the timing terminals' GNSS track (计时终端IMEI,
// GNSS纬度/经度, 定位时刻(GNSS)), the 学车 app's pinyin-initial login table (dlzh, dlmm, dlip) and its device
// table (deviceImei, deviceMac, deviceIdfa) and IM (fromStuName, msgBody, msgSendAt), the 学车钱包 and 退费银行卡号,
// the 学费分期 partner (分期学费本金, 逾期应还(元), 分期准入评分), 外籍/港澳台 students' documents and the 新版永居证,
// the partner hospital's 驾驶人体检 (受检学员, 体检诊断, 体检科室, 体检时间), the summer 集训营's lodging register
// (住宿学员, 住宿登记证件号, 入营住宿时间, 离营退宿时间, 宿舍房号, 集训住宿点), the coaches' 工作手机 call log (教练工作机号码,
// 学员号码, 通话开始时刻, 通话时长/秒), 驾驶证 mailing (驾驶证邮寄单号, 寄出经办人, 领证学员, 驾驶证邮寄地址), the
// enrolment orders and 班型 (报名单号, 实收学费(元), 班型编码/名称/价格(元), 报名城市, 报名校区), the 招生代理 file
// (招生代理单位, 代理单位信用代码, 代理点咨询电话), 教务备注 and the upload's LRSJ.
const HELDOUT25: Record<FieldKey, string> = {
  name: '学员姓名', gender: 'stuSex', mobile: 'stuMobile', landline: '住宅电话', id: 'SFZMHM', email: '电子邮箱(选填)',
  address: 'LXZSXXDZ', card: '退费银行卡号', balance: '学车钱包余额(元)', passport: '外籍学员护照号', permit: '港澳台学员通行证号',
  fpid: '新版永居证号码', plate: 'licnum', lat: 'GNSS纬度', lng: 'GNSS经度', ip: 'dlip', imei: 'deviceImei', mac: 'deviceMac',
  idfa: 'deviceIdfa', account: 'dlzh', password: 'dlmm', waybill: '驾驶证邮寄单号', birth: 'stuBirthday', diagnosis: '体检诊断',
  dept: '体检科室', visitTime: '体检时间', checkin: '入营住宿时间', checkout: '离营退宿时间', room: '宿舍房号', hotel: '集训住宿点',
  guest: '住宿学员', caller: '教练工作机号码', callee: '学员号码', callTime: '通话开始时刻', duration: '通话时长/秒',
  overdue: '逾期应还(元)', loan: '分期学费本金', score: '分期准入评分', orderNo: '报名单号', amount: '实收学费(元)',
  goods: '邮寄物品', senderName: '寄出经办人', senderMobile: '经办人电话', senderAddress: '寄出校区地址', receiverName: '领证学员',
  receiverMobile: '领证人手机', receiverAddress: '驾驶证邮寄地址', message: 'msgBody', sendTime: 'msgSendAt', sender: 'fromStuName',
  company: '招生代理单位', uscc: '代理单位信用代码', hotline: '代理点咨询电话', sku: '班型编码', product: '班型名称',
  price: '班型价格(元)', patient: '受检学员', owner: '挂靠车主', doc: '住宿登记证件号', remark: '教务备注', created: 'LRSJ',
  time: '定位时刻(GNSS)', device: '计时终端IMEI', city: '报名城市', shop: '报名校区',
};

// One Bohai-strait ro-ro passenger and vehicle ferry (客滚运输) group's exports, from sources the earlier variants do
// not draw on: the 水路客运联网售票 system's passenger table in pinyin initials (CKXM 乘客姓名, CKXB, CKSJH, CKSFZH,
// CKCSRQ, JZDZ) with the 电子船票接收邮箱 and 家庭固话, the ticketing website's upper-case logins (WEB_LOGIN_ID,
// WEB_LOGIN_PWD, WEB_LOGIN_IP), the Umeng device table (um_imei, um_idfa) and the onboard Wi-Fi portal's MAC, the
// China–Korea liner's 边检 declarations (护照号(国际航线), 来往大陆(内地)通行证号, 外国人永居证号(边检申报)), the
// vehicle deck's 上船车辆号牌 and 随船车主, truck drivers' 预存运费 account and the partner's 过海白条 (额度, 逾期,
// 司机信用分), the drivers' app's camelCase 到港签到 (arrivePortLat/Lng, arriveSignTime, driverPhoneImei), the ship's
// doctor and passengers sent ashore (伤病旅客, 船医初诊, 岸上接诊科室, 登岸就医日期), the 停航滞留旅客安置 hotel
// register, an Avaya CMS call record (calling_pty, dialed_num, segstart, talktime), 随船快件 (快件托运人, 提货人),
// the 待渡 WeChat groups' archive, the 船上商店 (船供商品编码, 船上售价(元)), ticket-agent outlets, 制单时间 and
// 客运值班备注, and the 订舱单位 (freight-booking company) file.
const HELDOUT26: Record<FieldKey, string> = {
  name: 'CKXM', gender: 'CKXB', mobile: 'CKSJH', landline: '家庭固话', id: 'CKSFZH', email: '电子船票接收邮箱', address: 'JZDZ',
  card: '运费结算银行卡', balance: '预存运费余额(元)', passport: '护照号(国际航线)', permit: '来往大陆(内地)通行证号',
  fpid: '外国人永居证号(边检申报)', plate: '上船车辆号牌', lat: 'arrivePortLat', lng: 'arrivePortLng', ip: 'WEB_LOGIN_IP',
  imei: 'um_imei', mac: '船上WiFi终端MAC', idfa: 'um_idfa', account: 'WEB_LOGIN_ID', password: 'WEB_LOGIN_PWD',
  waybill: '随船快件单号', birth: 'CKCSRQ', diagnosis: '船医初诊', dept: '岸上接诊科室', visitTime: '登岸就医日期',
  checkin: '安置入住时间', checkout: '安置退房时间', room: '安置房号', hotel: '安置酒店', guest: '滞留安置旅客',
  caller: 'calling_pty', callee: 'dialed_num', callTime: 'segstart', duration: 'talktime', overdue: '白条逾期金额(元)',
  loan: '过海白条额度(元)', score: '司机信用分', orderNo: 'biz_order_no', amount: '实付款(元)', goods: '快件内件品名',
  senderName: '快件托运人', senderMobile: '托运人手机号码', senderAddress: '托运人地址', receiverName: '提货人姓名',
  receiverMobile: '提货人手机', receiverAddress: '提货人地址', message: '群消息内容', sendTime: '群消息时间', sender: '群成员昵称',
  company: '订舱单位', uscc: '订舱单位信用代码', hotline: '订舱调度电话', sku: '船供商品编码', product: '船上商店品名',
  price: '船上售价(元)', patient: '伤病旅客', owner: '随船车主', doc: '安置旅客证件号', remark: '客运值班备注', created: '制单时间',
  time: 'arriveSignTime', device: 'driverPhoneImei', city: '目的港城市', shop: '售票代理点',
};

// One Taiwan-invested electronics contract manufacturer's (代工厂) campus, from sources the earlier variants do not
// draw on: the HR core's Oracle-EBS-style views (EMP_NAME, EMP_SEX, EMP_BIRTHDAY, CREATION_DATE) with the Taiwan-run
// EIP's 員工手機 and 主管批注, the labour-dispatch agencies' Excel rosters (身份证号码(18位), 户口所在地详址, 户籍地固话,
// 私人Email), the self-service kiosk's traditional-character logins (ESS帳號, ESS密碼, ESS登入IP), the 保密区's
// register of personal phones (IMEI(報備), MAC(報備), IDFA(報備)), 薪资卡号 and the canteen's 餐卡余额(元), a 薪资预支
// partner (薪资预支额度, 预支逾期金额, 蓝领信用分), 外派 passports, 台港干部 permits and 外籍工程师 永居证, the 外租宿舍
// register (住宿人, 寝室号, 入住日期时间, 退宿日期), the factory clinic (就诊员工, ZDMC, 分诊科室, 医务室就诊时间), the
// shuttle-bus drivers' app (busLat, busLng, gpsReportTime, driverAppImei), a Yeastar PBX CDR of the recruiting line
// (Call From, Call To, Call Time, Talk Duration), the gate's parking system (CarNo, CarOwner), the 员工心声 box
// (反映员工, 心声内容, 反映时间), the staff-purchase mall's camelCase orders shipped home (purchaseOrderNo, actualPayAmt,
// itemSkuId, itemTitle, staffPrice, supplierShop, shipFrom*/shipTo*, logisticsWaybillNo, parcelContent) and the
// 派遣机构 file (派遣机构名称, 统一社会信用代码(派遣方), 派遣公司服务热线).
const HELDOUT27: Record<FieldKey, string> = {
  name: 'EMP_NAME', gender: 'EMP_SEX', mobile: '員工手機', landline: '户籍地固话', id: '身份证号码(18位)', email: '私人Email',
  address: '户口所在地详址', card: '薪资卡号', balance: '餐卡余额(元)', passport: '外派护照号码', permit: '台港干部通行证号',
  fpid: '外籍工程师永居证号', plate: 'CarNo', lat: 'busLat', lng: 'busLng', ip: 'ESS登入IP', imei: 'IMEI(報備)', mac: 'MAC(報備)',
  idfa: 'IDFA(報備)', account: 'ESS帳號', password: 'ESS密碼', waybill: 'logisticsWaybillNo', birth: 'EMP_BIRTHDAY',
  diagnosis: 'ZDMC', dept: '分诊科室', visitTime: '医务室就诊时间', checkin: '入住日期时间', checkout: '退宿日期', room: '寝室号',
  hotel: '外租宿舍(酒店)', guest: '住宿人', caller: 'Call From', callee: 'Call To', callTime: 'Call Time', duration: 'Talk Duration',
  overdue: '预支逾期金额', loan: '薪资预支额度', score: '蓝领信用分', orderNo: 'purchaseOrderNo', amount: 'actualPayAmt',
  goods: 'parcelContent', senderName: 'shipFromContact', senderMobile: 'shipFromPhone', senderAddress: 'shipFromAddress',
  receiverName: 'shipToName', receiverMobile: 'shipToMobile', receiverAddress: 'shipToAddress', message: '心声内容',
  sendTime: '反映时间', sender: '反映员工', company: '派遣机构名称', uscc: '统一社会信用代码(派遣方)', hotline: '派遣公司服务热线',
  sku: 'itemSkuId', product: 'itemTitle', price: 'staffPrice', patient: '就诊员工', owner: 'CarOwner', doc: '住宿人证件号',
  remark: '主管批注', created: 'CREATION_DATE', time: 'gpsReportTime', device: 'driverAppImei', city: 'shipToCity',
  shop: 'supplierShop',
};

// One elderly-care group's (养老集团) exports, from sources the earlier variants do not draw on: the care-home ERP's
// camelCase resident file (oldmanName, oldmanSex, oldmanBirthday) with the admission form's 入住前居住地址, 家中座机 and
// 联系手机(本人或家属), the 老年人能力评估's 被评估人身份证号, the pension card the fees are debited from (养老金代扣卡号) and
// 预存护理费余额(元), the family app's logins and devices (家属端账号, 家属端密码, 家属端登录IP, 家属电子邮箱, relativePhoneImei,
// relativePhoneMac, relativePhoneIdfa), the smart-wristband platform's track (bracelet_lat, bracelet_lng, bracelet_loc_time,
// bracelet_imei), the SOS one-touch-call platform's upper-case CDR (SOS_CALLER, SOS_CALLEE, SOS_START_TIME, SOS_TALK_SEC),
// a 床位押金分期 partner (床位押金分期额(元), 分期逾期金额(元), 分期信用评分), 出境旅居 passports and 港澳台籍/外籍长者 documents,
// the 旅居养老 partner-hotel register (旅居长者, 旅居证件号码, 旅居入住/离店时间, 旅居房号, 旅居合作酒店), the 医养结合 clinic's
// rounds (就诊长者, 巡诊诊断, 医养科室, 巡诊日期), the gate's visitor cars (来访车辆号牌, 来访车主), the 适老辅具 mall (mallOrderSn,
// 辅具SKU, 辅具商品名称, 辅具单价(元), 订单应付(元), deliverCity, 所属养老服务站) and its shipping from the warehouse (辅具配送运单号,
// 发货仓联系人, 收货人(长者/家属), 送货上门地址), the 亲情留言 board (留言家属, 亲情留言内容, 留言发布时间), 护理交班备注, 入院建档时间
// and the 护理耗材供应商 file (供应商统一社会信用代码, 供应商售后热线).
const HELDOUT28: Record<FieldKey, string> = {
  name: 'oldmanName', gender: 'oldmanSex', mobile: '联系手机(本人或家属)', landline: '家中座机', id: '被评估人身份证号',
  email: '家属电子邮箱', address: '入住前居住地址', card: '养老金代扣卡号', balance: '预存护理费余额(元)', passport: '出境旅居护照号',
  permit: '港澳台籍长者来往内地通行证', fpid: '外籍长者永久居留身份证号', plate: '来访车辆号牌', lat: 'bracelet_lat', lng: 'bracelet_lng',
  ip: '家属端登录IP', imei: 'relativePhoneImei', mac: 'relativePhoneMac', idfa: 'relativePhoneIdfa', account: '家属端账号',
  password: '家属端密码', waybill: '辅具配送运单号', birth: 'oldmanBirthday', diagnosis: '巡诊诊断', dept: '医养科室', visitTime: '巡诊日期',
  checkin: '旅居入住时间', checkout: '旅居离店时间', room: '旅居房号', hotel: '旅居合作酒店', guest: '旅居长者', caller: 'SOS_CALLER',
  callee: 'SOS_CALLEE', callTime: 'SOS_START_TIME', duration: 'SOS_TALK_SEC', overdue: '分期逾期金额(元)', loan: '床位押金分期额(元)',
  score: '分期信用评分', orderNo: 'mallOrderSn', amount: '订单应付(元)', goods: '寄递辅具', senderName: '发货仓联系人',
  senderMobile: '发货仓联系电话', senderAddress: '发货仓地址', receiverName: '收货人(长者/家属)', receiverMobile: '收货人手机号码',
  receiverAddress: '送货上门地址', message: '亲情留言内容', sendTime: '留言发布时间', sender: '留言家属', company: '护理耗材供应商',
  uscc: '统一社会信用代码(供应商档案)', hotline: '供应商售后热线', sku: '辅具SKU', product: '辅具商品名称', price: '辅具单价(元)',
  patient: '就诊长者', owner: '来访车主', doc: '旅居证件号码', remark: '护理交班备注', created: '入院建档时间', time: 'bracelet_loc_time',
  device: 'bracelet_imei', city: 'deliverCity', shop: '所属养老服务站',
};

// One chain of private medical-aesthetics (医疗美容) clinics' exports, from sources the earlier variants do not draw
// on: the 医美 SaaS's 顾客档案 in the trade's own words (求美者姓名, 顾客性别, 手机(主), 座机(备用), 身份证号(术前核验),
// 顾客居住地址, 顾客生日, 电子发票邮箱, 首次建档日期, 咨询师备注, 所属院区, 院区所在城市) with the 疗程卡剩余金额(元) that
// treatments are 划扣'd from, a 医美分期 partner's upper-case columns (INSTAL_PRIN_AMT, OVD_PRIN_AMT, RISK_SCORE) and its
// 分期扣款银行卡, 出境医美游 passports and 港澳台/外籍求美者 documents, the member app's camelCase logins (appUserName,
// appUserPwd, appLoginIp), the ad-lead attribution table (线索设备IMEI/MAC/IDFA), the VIP 接送专车's snake_case track
// (vipcar_lat, vipcar_lng, vipcar_gps_time, vipcar_imei), the clinic's 到院 records (就诊顾客, 面诊诊断, 诊疗科目, 到院日期),
// the 术后休养 partner-hotel register (术后休养顾客, 休养顾客证件号, 术后入住/退房时间, 休养房号, 术后休养合作酒店), the 网电咨询
// centre's CDR (网电主叫号码, 网电被叫号码, 网电通话开始, 网电通话时长(秒)), the 私域 SCRM's chat archive (私域客户昵称,
// 私域聊天记录, 私域消息时间), 护理包 mailing (护理包快递单号, 寄件客服, 收件顾客, 邮寄护理品), the cashier (收银单号, 本单实收(元),
// 项目编码, 治疗项目/产品名称, 项目标价(元)), the car park's 到院停车车牌 and 停车顾客, and the 药械供应商 file (药械供应商信用代码,
// 厂家服务热线).
const HELDOUT29: Record<FieldKey, string> = {
  name: '求美者姓名', gender: '顾客性别', mobile: '手机(主)', landline: '座机(备用)', id: '身份证号(术前核验)', email: '电子发票邮箱',
  address: '顾客居住地址', card: '分期扣款银行卡', balance: '疗程卡剩余金额(元)', passport: '出境医美游护照号',
  permit: '港澳台求美者证件号', fpid: '外籍求美者永居证号', plate: '到院停车车牌', lat: 'vipcar_lat', lng: 'vipcar_lng',
  ip: 'appLoginIp', imei: '线索设备IMEI', mac: '线索设备MAC', idfa: '线索设备IDFA', account: 'appUserName', password: 'appUserPwd',
  waybill: '护理包快递单号', birth: '顾客生日', diagnosis: '面诊诊断', dept: '诊疗科目', visitTime: '到院日期',
  checkin: '术后入住时间', checkout: '术后退房时间', room: '休养房号', hotel: '术后休养合作酒店', guest: '术后休养顾客',
  caller: '网电主叫号码', callee: '网电被叫号码', callTime: '网电通话开始', duration: '网电通话时长(秒)', overdue: 'OVD_PRIN_AMT',
  loan: 'INSTAL_PRIN_AMT', score: 'RISK_SCORE', orderNo: '收银单号', amount: '本单实收(元)', goods: '邮寄护理品',
  senderName: '寄件客服', senderMobile: '寄件客服手机', senderAddress: '院区寄件地址', receiverName: '收件顾客',
  receiverMobile: '收件顾客手机', receiverAddress: '顾客收件地址', message: '私域聊天记录', sendTime: '私域消息时间',
  sender: '私域客户昵称', company: '药械供应商', uscc: '药械供应商信用代码', hotline: '厂家服务热线', sku: '项目编码',
  product: '治疗项目/产品名称', price: '项目标价(元)', patient: '就诊顾客', owner: '停车顾客', doc: '休养顾客证件号',
  remark: '咨询师备注', created: '首次建档日期', time: 'vipcar_gps_time', device: 'vipcar_imei', city: '院区所在城市',
  shop: '所属院区',
};

// One municipal funeral-services group's (殡葬服务集团) exports, from sources the earlier variants do not draw on: the
// funeral home's 业务登记 in the trade's own words (丧属姓名, 性别(1男2女), 治丧联系手机, 固话(区号-号码), 丧属身份证号, 讣告接收邮箱,
// 通讯住址, 出生日期(按身份证), 业务登记时间, 礼仪师备注, 承接殡仪馆), the 火化 register's fields from the 死亡医学证明 (SZXM, SWRQ
// in pinyin initials, 根本死因(ICD-10), 逝世科室), the 骨灰寄存费 prepaid balance and the 墓位管理费 代扣 card, a 墓位分期 partner
// (墓位分期本金(元), 墓位分期逾期(元), 分期授信评分), 涉外治丧 passports and 港澳台/外籍丧属 documents, the 云祭扫 mini-program's
// camelCase logins (yjsLoginName, yjsLoginPwd, yjsLoginIp) and its snake_case device table (yjs_imei, yjs_mac, yjs_idfa), the
// 遗体接运车's 北斗 track (接运车纬度/经度, 接运车定位时间, 车载北斗终端号), the 24-hour 报丧 line's CDR (报丧来电号码, 值班座席号码,
// 报丧来电时间, 报丧通话秒数), the 家属接待 hotel register for families from out of town (异地丧属, 异地丧属证件号, 接待入住/离店时间,
// 接待房号, 家属接待酒店), 墓证 mailing (墓证邮寄单号, 寄件经手人, 购墓人, 墓证收件地址, 邮寄内容(墓证/安葬证)), 清明 祭扫 parking
// (祭扫车辆号牌, 祭扫预约车主), the 在线治丧咨询 chat (consult_user_nick, consult_msg_text, consult_msg_time), the 殡葬用品 counter
// (殡葬用品编码/名称, 明码标价(元), 业务结算单号, 本次实收金额, 发往城市) and the 合作殡葬服务机构 file (机构统一社会信用代码, 机构24h值班电话).
const HELDOUT30: Record<FieldKey, string> = {
  name: '丧属姓名', gender: '性别(1男2女)', mobile: '治丧联系手机', landline: '固话(区号-号码)', id: '丧属身份证号',
  email: '讣告接收邮箱', address: '通讯住址', card: '管理费代扣卡号', balance: '寄存费预存余额(元)', passport: '护照号(涉外治丧)',
  permit: '港澳台丧属通行证号', fpid: '外籍丧属永居证号', plate: '祭扫车辆号牌', lat: '接运车纬度', lng: '接运车经度',
  ip: 'yjsLoginIp', imei: 'yjs_imei', mac: 'yjs_mac', idfa: 'yjs_idfa', account: 'yjsLoginName', password: 'yjsLoginPwd',
  waybill: '墓证邮寄单号', birth: '出生日期(按身份证)', diagnosis: '根本死因(ICD-10)', dept: '逝世科室', visitTime: 'SWRQ',
  checkin: '接待入住时间', checkout: '接待离店时间', room: '接待房号', hotel: '家属接待酒店', guest: '异地丧属',
  caller: '报丧来电号码', callee: '值班座席号码', callTime: '报丧来电时间', duration: '报丧通话秒数', overdue: '墓位分期逾期(元)',
  loan: '墓位分期本金(元)', score: '分期授信评分', orderNo: '业务结算单号', amount: '本次实收金额', goods: '邮寄内容(墓证/安葬证)',
  senderName: '寄件经手人', senderMobile: '经手人联系电话', senderAddress: '陵园寄件地址', receiverName: '购墓人',
  receiverMobile: '购墓人电话', receiverAddress: '墓证收件地址', message: 'consult_msg_text', sendTime: 'consult_msg_time',
  sender: 'consult_user_nick', company: '合作殡葬服务机构', uscc: '机构统一社会信用代码', hotline: '机构24h值班电话',
  sku: '殡葬用品编码', product: '殡葬用品名称', price: '明码标价(元)', patient: 'SZXM', owner: '祭扫预约车主', doc: '异地丧属证件号',
  remark: '礼仪师备注', created: '业务登记时间', time: '接运车定位时间', device: '车载北斗终端号', city: '发往城市',
  shop: '承接殡仪馆',
};

// One chain of veterinary hospitals' (连锁宠物医院集团) exports, with its pet boarding, grooming and pet-taxi arms: the clinic
// HIS's 宠主 (pet-owner) file and outpatient list (宠主姓名, 宠主性别, 宠主手机号, 宠主固话, 宠主住址(上门接送), 宠主出生日期,
// 电子病历推送邮箱, 就诊宠物主人, 兽医诊断, 分诊诊室, 挂号日期, 接待备注, 会员建档时间, 所属分院), the 养犬登记 upload's pinyin-initial
// owner ID (QZSFZHM), the 储值 card balance, the pet-insurance partner's 保费代扣卡号 and its anti-fraud 投保终端IMEI/MAC/IDFA, a
// 诊疗分期 partner (诊疗分期本金, 诊疗分期逾期额, 宠主信用分), the documents of owners taking pets abroad or bringing them in
// (随宠出境人护照号, 通行证号(宠物入境), 外籍宠主永居证号), the member app's snake_case logins (mbr_login_name, mbr_login_pwd,
// mbr_last_login_ip), the smart collar sold in the app (项圈IMEI号, 项圈纬度/经度(GCJ02), 项圈回传时间), the 宠物专车 fleet's
// vehicles (宠物专车车牌, 行驶证所有人), the 24-hour emergency line's CDR (急诊来电号码, 转接值班兽医, 来电时刻, 计费时长(s)), the
// partner pet-friendly hotels' register for owners travelling with their pets (带宠入住人, 入住人证件号, 带宠入住/离店时间, 带宠房号,
// 带宠合作酒店), 处方粮 shipping from the central pharmacy (发货药师, 药师联系电话, 中心药房发货地址, 收粮宠主, 收粮宠主电话,
// 处方粮收货地址, 处方粮品名规格, 处方粮运单号), the 有赞 mall's orders (有赞订单号, 实付金额(含运费), 收货城市), the customer-service
// IM (访客昵称, 客服会话消息, 客服会话时间), the 货品 list (货品编码, 货品名称, 零售价(元)) and the 兽药/器械 supplier file (供应商USCC, 厂商400热线).
const HELDOUT31: Record<FieldKey, string> = {
  name: '宠主姓名', gender: '宠主性别', mobile: '宠主手机号', landline: '宠主固话', id: 'QZSFZHM', email: '电子病历推送邮箱',
  address: '宠主住址(上门接送)', card: '保费代扣卡号', balance: '储值余额(元)', passport: '随宠出境人护照号',
  permit: '通行证号(宠物入境)', fpid: '外籍宠主永居证号', plate: '宠物专车车牌', lat: '项圈纬度(GCJ02)', lng: '项圈经度(GCJ02)',
  ip: 'mbr_last_login_ip', imei: '投保终端IMEI', mac: '投保终端MAC', idfa: '投保终端IDFA', account: 'mbr_login_name',
  password: 'mbr_login_pwd', waybill: '处方粮运单号', birth: '宠主出生日期', diagnosis: '兽医诊断', dept: '分诊诊室',
  visitTime: '挂号日期', checkin: '带宠入住时间', checkout: '带宠离店时间', room: '带宠房号', hotel: '带宠合作酒店',
  guest: '带宠入住人', caller: '急诊来电号码', callee: '转接值班兽医', callTime: '来电时刻', duration: '计费时长(s)',
  overdue: '诊疗分期逾期额', loan: '诊疗分期本金', score: '宠主信用分', orderNo: '有赞订单号', amount: '实付金额(含运费)',
  goods: '处方粮品名规格', senderName: '发货药师', senderMobile: '药师联系电话', senderAddress: '中心药房发货地址',
  receiverName: '收粮宠主', receiverMobile: '收粮宠主电话', receiverAddress: '处方粮收货地址', message: '客服会话消息',
  sendTime: '客服会话时间', sender: '访客昵称', company: '供应商(兽药/器械)', uscc: '供应商USCC',
  hotline: '厂商400热线', sku: '货品编码', product: '货品名称', price: '零售价(元)', patient: '就诊宠物主人',
  owner: '行驶证所有人', doc: '入住人证件号', remark: '接待备注', created: '会员建档时间', time: '项圈回传时间', device: '项圈IMEI号',
  city: '收货城市', shop: '所属分院',
};

const HELDOUT32: Record<FieldKey, string> = {
  name: '参赛人姓名', gender: '性别(M/F)', mobile: '报名手机', landline: '家庭座机(可选)', id: '证件号(实名核验)',
  email: '电子邮箱(接收中签通知)', address: '通讯地址(省市区+详细)', card: '退款银行卡号', balance: '赛事钱包余额(元)',
  passport: '护照号(境外选手)', permit: '回乡证/台胞证号', fpid: '永居证(五星卡)号', plate: '车证车牌号', lat: 'trk_lat',
  lng: 'trk_lng', ip: 'RunnerLoginIp', imei: '绑定设备IMEI', mac: '绑定设备MAC', idfa: '绑定设备IDFA', account: 'RunnerLoginId',
  password: 'RunnerPwd', waybill: '参赛包运单号', birth: '出生日期(用于分组)', diagnosis: '现场诊断', dept: '处置科别',
  visitTime: '救治日期', checkin: 'Check-in时间', checkout: 'Check-out时间', room: 'Room No.', hotel: '官方合作酒店',
  guest: '入住选手', caller: 'cdr_caller_num', callee: 'cdr_callee_num', callTime: 'cdr_start_time', duration: 'cdr_bill_sec',
  overdue: 'BNPL逾期金额(元)', loan: 'BNPL授信额度(元)', score: '芝麻分(芯片免押)', orderNo: '商城订单编号', amount: '实收(元·含快递费)',
  goods: '包裹内容', senderName: '发货人(物资组)', senderMobile: '物资组电话', senderAddress: '物资仓库地址',
  receiverName: '参赛包收件人', receiverMobile: '收件人手机(报名预留)', receiverAddress: '参赛包寄送地址',
  message: '跑团消息内容', sendTime: '跑团消息时间', sender: '跑团成员昵称', company: '合作供应商(计时/医疗/物流)',
  uscc: '供应商USCC', hotline: '供应商7x24热线', sku: '商品货号', product: '赞助商品名称', price: '零售价(元)',
  patient: '伤病员姓名', owner: '车证申领人', doc: '入住证件号码', remark: 'SHYJ(审核意见)', created: 'BMSJ',
  time: 'trk_fix_time', device: 'trk_imei', city: '收货城市', shop: '发货店铺',
};

const HELDOUT33: Record<FieldKey, string> = {
  name: 'buyerName', gender: '订购人性别', mobile: 'buyerTelephone', landline: '固定电话(选填)', id: 'buyerIdNumber',
  email: '会员绑定邮箱', address: '默认收货地址', card: '快捷支付卡号', balance: '跨境钱包可用余额(元)', passport: '订购人护照号码',
  permit: '港澳台订购人通行证号', fpid: '外籍订购人永居证号', plate: '自提车牌号', lat: 'latitudeGcj02', lng: 'longitudeGcj02',
  ip: '最后登录IP(v4)', imei: 'dfp_imei', mac: 'dfp_mac', idfa: 'dfp_idfa', account: '会员登录名', password: '登录密码(明文)',
  waybill: '保税仓出库运单号', birth: 'memberBirthday', diagnosis: '医院诊断(不良反应)', dept: '就诊科室(不良反应)',
  visitTime: '就诊日期(病历)', checkin: '酒店入住时间', checkout: '酒店退房时间', room: '酒店房号', hotel: '保税区协议酒店',
  guest: '驻仓入住人', caller: 'customerNumber', callee: 'clientNumber', callTime: 'bridgeTime', duration: 'bridgeDuration',
  overdue: 'CUR_OVD_DAYS', loan: 'QUOTA_AMT', score: 'A_SCORE', orderNo: '平台主订单号', amount: 'acturalPaid', goods: '面单品名',
  senderName: '仓库发件人', senderMobile: '仓库发件电话', senderAddress: '保税仓发货地址', receiverName: '收件人(面单)',
  receiverMobile: '收件电话(面单)', receiverAddress: '收件地址(面单)', message: '买家消息内容', sendTime: '买家消息时间',
  sender: '买家昵称', company: '品牌供应商名称', uscc: '品牌方统一社会信用代码', hotline: '品牌售后电话', sku: '账册料号',
  product: 'gname', price: '申报单价(CNY)', patient: '不良反应患者', owner: '自提车主', doc: '驻仓人员证件号',
  remark: '客服内部备注', created: 'appTime', time: 'locateTime', device: 'riderDeviceImei', city: '收件城市', shop: '品牌馆店铺',
};

// One chain of after-school tutoring and study-camp centres (教培机构 with 托管 and 研学营): the student-information
// system's roster with its 学籍 fields, parents' contacts, the 学费分期 partner, the 家校通 app's camelCase logins, the
// leased learning tablets, the school-shuttle trackers, the 研学营's hotel allocation and 营地送医 list, the 课程顾问
// dialler's snake_case CDR, textbook and tablet mailing, the 教辅商城 and the 合作研学基地 file.
const HELDOUT34: Record<FieldKey, string> = {
  name: '学生姓名(报名表)', gender: '学员性别', mobile: '家长手机(主联系人)', landline: '家庭固话(备用联系)', id: '身份证件号(学籍)',
  email: '家长邮箱(学情周报)', address: '家庭住址(托管接送)', card: '代扣银行卡号(分期)', balance: '预收学费余额(元)',
  passport: '护照号码(海外研学)', permit: '来往内地通行证号(港澳台学员)', fpid: '外籍学员永居证号', plate: '接送车牌(家长登记)',
  lat: 'shuttle_lat', lng: 'shuttle_lon', ip: 'jxtLastLoginIp', imei: '学习平板IMEI(租赁)', mac: '学习平板MAC(租赁)',
  idfa: '学习平板IDFA(iPad款)', account: 'jxtLoginAcct', password: 'jxtLoginPwd', waybill: '教材/平板快递单号',
  birth: '出生日期(学籍)', diagnosis: '医院诊断(营地送医)', dept: '就诊科室(营地送医)', visitTime: '送医就诊日期',
  checkin: '入营入住时间', checkout: '离营退房时间', room: '营地房号/床位', hotel: '营地住宿酒店', guest: '入住营员',
  caller: 'display_no(外显)', callee: 'lead_mobile', callTime: 'dial_start_at', duration: 'talk_sec',
  overdue: '学费分期逾期金额(元)', loan: '学费分期本金(元)', score: '学费分期准入分', orderNo: '教辅商城订单号',
  amount: '实收金额(元)', goods: '寄件物品(教材/平板)', senderName: '寄件教务老师', senderMobile: '教务寄件手机',
  senderAddress: '校区寄件地址', receiverName: '收件家长', receiverMobile: '收件家长手机', receiverAddress: '教材收货地址',
  message: '家校通留言内容', sendTime: '留言发送时间', sender: '留言家长', company: '合作研学基地/营地',
  uscc: '基地统一社会信用代码', hotline: '基地对外服务电话', sku: '课程/教辅编码', product: '课程/教辅名称',
  price: '标准售价(元)', patient: '就医学员', owner: '接送车辆登记人', doc: '营员证件号码', remark: '班主任备注',
  created: '报名登记时间', time: 'shuttle_fix_time', device: '校车定位终端IMEI', city: '校区所在城市', shop: '所属校区',
};

const HELDOUT35: Record<FieldKey, string> = {
  name: '开户人名称', gender: '开户人性别', mobile: '预留手机号(短信验证码)', landline: '联系固话(区号-号码)', id: 'userIdNum',
  email: '通行费电子票据接收邮箱', address: '客户联系地址(OBU邮寄)', card: '记账卡绑定代扣卡号', balance: '储值卡卡面余额(元)',
  passport: '护照号码(外籍开户)', permit: '港澳台居民通行证号(开户证件)', fpid: '外国人永居证号(开户证件)', plate: 'vlp',
  lat: '清障车纬度', lng: '清障车经度', ip: '路况通App登录IP', imei: '推送终端IMEI', mac: '推送终端MAC', idfa: '推送终端IDFA(iOS)',
  account: 'lkt_login_name', password: 'lkt_login_pwd', waybill: 'OBU寄递运单号', birth: '出生日期(证件OCR)',
  diagnosis: '接诊医院初步诊断', dept: '收治科室', visitTime: '送院日期', checkin: '驿站酒店入住时间', checkout: '驿站酒店离店时间',
  room: '驿站客房号', hotel: '服务区驿站酒店', guest: '驿站住宿旅客', caller: 'CALLER_NBR', callee: 'CALLEE_NBR',
  callTime: 'RING_TIME', duration: 'TALK_SECONDS', overdue: 'ZJQFJE(追缴欠费金额)', loan: '记账卡授信额度(元)',
  score: '通行信用分(黑灰名单模型)', orderNo: '服务区销售单号', amount: '实收(元)', goods: '寄递内容物', senderName: '发行网点经办人',
  senderMobile: '网点经办人手机', senderAddress: '发行网点地址', receiverName: '收件人(车主)', receiverMobile: '收件人联系电话',
  receiverAddress: '收件地址(激活件)', message: 'im_msg_body', sendTime: 'im_msg_time', sender: 'im_from_name',
  company: '清障合作单位名称', uscc: '合作单位统一社会信用代码', hotline: '合作单位服务热线', sku: '商品条码(69码)', product: '商品品名',
  price: '零售单价(元)', patient: '受伤人员姓名', owner: '机动车所有人(行驶证)', doc: '入住证件号(旅业上传)', remark: '稽核备注',
  created: 'rec_ctime', time: 'DWSJ(定位时间)', device: '车载终端号(IMEI)', city: '服务区所在地市', shop: '服务区门店',
};

const HELDOUT36: Record<FieldKey, string> = {
  name: 'workerName', gender: '性别(读卡)', mobile: 'cellPhone', landline: '联系座机(含区号)', id: 'idCardNumber',
  email: '工资条接收邮箱', address: '身份证住址(读卡)', card: 'payRollBankCardNumber', balance: '工资卡余额(元)',
  passport: '护照号(外籍技术人员)', permit: '港澳台来往证件号', fpid: '外籍人员永居证号', plate: '进场车辆号牌',
  lat: '纬度(WGS-84)', lng: '经度(WGS-84)', ip: '上次登录IP地址', imei: '考勤手机IMEI', mac: '考勤手机MAC',
  idfa: '考勤手机IDFA/OAID', account: '劳务员工号/账号', password: '劳务员口令', waybill: '到货物流单号',
  birth: '出生日期(读卡)', diagnosis: '工伤诊断(首诊医院)', dept: '收治科室', visitTime: 'SZRQ', checkin: '入住时间(生活区)',
  checkout: '退宿时间', room: '房间/床位号', hotel: '住宿点(生活区/协议酒店)', guest: '住宿工人', caller: '维权来电号码',
  callee: '转接劳资专管员', callTime: '来电时间(维权热线)', duration: '维权通话时长(秒)', overdue: '借支逾期未还(元)',
  loan: '借支总额(元)', score: '建筑工人诚信分', orderNo: '采购订单号(PO)', amount: '货款结算额(元)', goods: '物资名称',
  senderName: '供货方联系人', senderMobile: '供货方联系电话', senderAddress: '供货方发货地址', receiverName: '项目部收料员',
  receiverMobile: '收料员手机', receiverAddress: '工地收料地址', message: '工友留言内容', sendTime: '留言提交时间',
  sender: '留言工友', company: 'subCorpName', uscc: 'subCorpCode', hotline: '24h报修热线(租赁设备)', sku: '物资编码',
  product: '品名规格', price: '含税单价(元)', patient: '受伤工人', owner: '车主(进出场登记)', doc: '住宿证件号码(读卡)',
  remark: '劳资专管员备注', created: 'DJSJ', time: '定位时间(安全帽)', device: '智能安全帽IMEI', city: '项目所在市',
  shop: '供货网点',
};

const HELDOUT37: Record<FieldKey, string> = {
  name: '会员姓名(实名核验)', gender: '会员性别(资料页)', mobile: 'reg_mobile', landline: '家中座机(红娘回访用)',
  id: '实名身份证号(二要素)', email: '学历认证通知邮箱', address: '常住地址(红娘上门拜访)', card: '退款收款卡号(分期退费)',
  balance: '爱心币余额(折合元)', passport: '护照号(海外会员实名)', permit: '港澳台会员来往通行证号', fpid: '外籍会员永久居留证号',
  plate: '车产认证车牌', lat: 'nearby_lat', lng: 'nearby_lng', ip: 'memberLastLoginIp', imei: '风控设备指纹IMEI',
  mac: '风控设备指纹MAC', idfa: '风控设备指纹IDFA', account: 'memberLoginName', password: 'memberLoginPwd',
  waybill: 'VIP礼盒快递单号', birth: '出生日期(择偶资料)', diagnosis: '体检结论(健康认证)', dept: '体检项目科室',
  visitTime: '体检报告日期', checkin: '异地会员入住时间', checkout: '异地会员离店时间', room: '联谊活动房号',
  hotel: '联谊活动协议酒店', guest: '异地参会会员', caller: 'seat_ani(红娘外显)', callee: 'callee_member_no',
  callTime: 'dial_start_ts', duration: 'billsec(秒)', overdue: 'VIP分期逾期额(元)', loan: 'VIP分期本金(元)',
  score: '婚恋信用分(分期准入)', orderNo: 'VIP开通订单号', amount: '会费实付(元)', goods: '礼盒内容(VIP到店礼)',
  senderName: '寄件红娘', senderMobile: '红娘寄件手机', senderAddress: '红娘门店寄件地址', receiverName: '收件会员',
  receiverMobile: '收件会员手机', receiverAddress: '会员收货地址(礼盒)', message: 'msg_content(审核)', sendTime: 'msg_send_at',
  sender: 'from_member_name', company: '活动场地合作方', uscc: '场地合作方信用代码', hotline: '场地方预订热线',
  sku: 'VIP套餐编码', product: 'VIP套餐名称', price: '套餐标价(元)', patient: '健康认证会员', owner: '行驶证所有人(车产认证)',
  doc: '入住证件号(异地参会)', remark: '红娘跟进备注', created: '建档时间(CRM)', time: 'nearby_report_time',
  device: 'nearby_dev_imei', city: '同城匹配城市', shop: '签约红娘门店',
};

const HELDOUT38: Record<FieldKey, string> = {
  name: '委托人姓名', gender: '委托人性别', mobile: '联系电话(真实号)', landline: 'GDDH(业主)', id: '证件号码(网签)',
  email: '电子合同接收邮箱', address: '现住址(非房源地址)', card: '月供扣款卡号(按揭)', balance: '资金监管账户余额(元)',
  passport: 'Passport No.(境外买方)', permit: '台胞证/回乡证号(买方)', fpid: '外国人永居证号(购房资格)', plate: '租户车牌(门禁登记)',
  lat: '带看打卡纬度', lng: '带看打卡经度', ip: 'jjr_login_ip', imei: '经纪人端绑定IMEI', mac: '经纪人端绑定MAC',
  idfa: '经纪人端IDFA(iOS)', account: 'jjr_account', password: 'jjr_pwd', waybill: '权证寄件运单号', birth: '生日(客户维护)',
  diagnosis: '医院诊断(事故报备)', dept: '就诊科室(事故报备)', visitTime: '送医日期(事故)', checkin: '看房团入住时间',
  checkout: '看房团离店时间', room: '协议酒店房号', hotel: '看房团协议酒店', guest: '看房团住客', caller: 'phone_no(A路真实号)',
  callee: 'peer_no(B路真实号)', callTime: 'start_time(接通)', duration: '通话时长(秒,release-start)', overdue: '征信当前逾期额(元)',
  loan: '预审贷款额(元)', score: '银行预审评分', orderNo: '工单号(保洁/维修)', amount: '结算金额(含上门费)', goods: '寄递材料',
  senderName: '寄件权证专员', senderMobile: '权证专员电话', senderAddress: '权证中心地址', receiverName: '收件客户',
  receiverMobile: '收件客户电话', receiverAddress: '证件寄送地址', message: 'text.content', sendTime: 'msgtime',
  sender: '发送方(客户昵称)', company: '合作机构名称(按揭/装修)', uscc: '合作机构信用代码', hotline: '合作机构客服电话',
  sku: '服务项目编码', product: '服务项目', price: '服务标价(元)', patient: '受伤人员(公寓事故)', owner: '车辆登记人(租户)',
  doc: '看房团住客证件号', remark: '经纪人备注', created: 'lrsj_fy', time: '打卡时间(带看GPS)', device: '打卡终端IMEI',
  city: '城市公司', shop: '归属门店',
};

const HELDOUT39: Record<FieldKey, string> = {
  name: '学员姓名(与身份证一致)', gender: 'XYXB', mobile: '学员本人手机(约考短信)', landline: '家庭座机(区号+号码)',
  id: '身份证明号码(报名)', email: '电子邮箱(学时报告推送)', address: '联系地址(详细到门牌)', card: '分期代扣卡号(借记卡)',
  balance: '预存学时费余额(元)', passport: '护照号(外籍/华侨学员)', permit: '回乡证/台胞证号(港澳台学员)', fpid: '永居证号码(外国人)',
  plate: '教练车号牌', lat: 'jlc_wd', lng: 'jlc_jd', ip: 'xcb_login_ip', imei: '人脸签到手机IMEI', mac: '人脸签到手机MAC',
  idfa: '人脸签到手机IDFA', account: 'xcb_login_acct', password: 'xcb_login_pwd', waybill: '驾驶证EMS邮件号',
  birth: '出生年月日(体检表)', diagnosis: '体检医院诊断意见', dept: '检查科室(体检中心)', visitTime: '体检日期(驾驶人体检)',
  checkin: '入住登记时间(学员宿舍)', checkout: '退宿日期(学员宿舍)', room: '宿舍号/床号', hotel: '住宿点(合作宾馆)', guest: '住宿学员(外地)',
  caller: '来电主叫(投诉热线)', callee: '转接被叫(值班经理)', callTime: '来电时刻(热线)', duration: '通话秒数(计费)',
  overdue: '已逾期金额(学费分期)', loan: '分期总额(学费贷)', score: '白名单评分(分期机构)', orderNo: '缴费流水号',
  amount: '邮资(元)', goods: '邮件内容(驾驶证/体检表)', senderName: '寄件经办(档案室)', senderMobile: '档案室经办手机',
  senderAddress: '档案室寄件地址', receiverName: '收件学员', receiverMobile: '收件学员电话', receiverAddress: '邮寄地址(领证)',
  message: '微信消息内容(教练号)', sendTime: '消息时间(微信)', sender: '发送人(微信备注名)', company: '合作体检机构名称',
  uscc: 'tyshxydm', hotline: '体检预约咨询电话', sku: 'bxdm', product: '班型/套餐名称', price: '标价(元/人)',
  patient: '体检人', owner: '车辆所有人(挂靠教练)', doc: '入住人证件号码(宿舍登记)', remark: '热线受理备注', created: '学员建档时间',
  time: '卫星定位时间', device: '车载计时终端IMEI', city: '考试所在城市(车管所)', shop: '所属分校(报名点)',
};

const HELDOUT40: Record<FieldKey, string> = {
  name: '团长姓名', gender: 'tz_gender', mobile: '手机号(提货通知)', landline: '自提点座机', id: '身份证号(佣金代缴个税)',
  email: '佣金结算单邮箱', address: '常住地址(团长入驻)', card: '佣金提现卡号', balance: '可提现佣金(元)',
  passport: '护照号(跨境冷链司机)', permit: '回乡证号(中港司机)', fpid: '外国人永居证号(外籍团长)', plate: '冷藏车车牌',
  lat: 'truckLat', lng: 'truckLng', ip: '最近登录IP(团长端)', imei: '下单设备IMEI(风控)', mac: '下单设备MAC(风控)',
  idfa: '下单设备IDFA/OAID(风控)', account: '团长端登录名', password: '团长端登录密码', waybill: '全国配快递单号',
  birth: '会员生日(生日券)', diagnosis: '医院诊断(食安客诉)', dept: '就诊科室(食安客诉)', visitTime: '就诊日期(食安客诉)',
  checkin: '入住时间(司机之家)', checkout: '退房时间(司机之家)', room: '房号(司机之家)', hotel: '住宿点(干线沿途)', guest: '住宿司机',
  caller: '主叫号码(会员来电)', callee: '被叫号码(团长)', callTime: '呼叫开始时间', duration: 'talk_time(s)',
  overdue: '赊销逾期未还(元)', loan: '团长赊销额度(元)', score: '团长履约信用分', orderNo: '团购订单号', amount: '实付款(元)',
  goods: '物品名称(全国配)', senderName: '发货人(供应商仓)', senderMobile: '发货人电话(供应商仓)', senderAddress: '供应商发货仓地址',
  receiverName: '收货会员', receiverMobile: '收货会员手机', receiverAddress: '收货地址(全国配)', message: '会话内容(在线客服)',
  sendTime: '消息时间(在线客服)', sender: '咨询会员(在线客服)', company: '供应商全称', uscc: 'gys_uscc', hotline: '档期对接热线(供应商)',
  sku: '团品编码', product: '团品名称', price: '团购价(元)', patient: '就诊会员(食安客诉)', owner: '冷藏车车主(承运商)',
  doc: '司机证件号(入住登记)', remark: '售后备注', created: 'gmt_create', time: 'gpsTime', device: '温控终端IMEI',
  city: '城市站', shop: '自提点名称',
};

const HELDOUT41: Record<FieldKey, string> = {
  name: '上网人员姓名', gender: 'XB(上网人员)', mobile: '会员绑定手机', landline: '宅电(会员资料)',
  id: '证件号码(刷证上机)', email: '开票邮箱(电子发票)', address: '身份证登记住址', card: '快捷充值银行卡号',
  balance: '本金余额(元)', passport: '护照号码(外籍上网人员)', permit: '来往内地通行证号(港澳台上网人员)',
  fpid: '永久居留身份证号(外籍会员)', plate: '车牌号码(住客免费停车)', lat: 'jbc_lat', lng: 'jbc_lon', ip: '小程序登录IP',
  imei: '手机IMEI(扫码上机)', mac: '终端MAC(上网机位)', idfa: 'IDFA(扫码上机)', account: '上机账号(会员卡号)',
  password: '上机密码', waybill: '奖品快递单号', birth: 'CSRQ(防沉迷核验)', diagnosis: '120接诊诊断',
  dept: '接诊科室(急诊)', visitTime: '急救送医日期', checkin: '开房时间(电竞房)', checkout: '退房时间(电竞房)',
  room: '房号(双人电竞房)', hotel: '电竞酒店门店', guest: '电竞房住客', caller: '投诉来电号码', callee: '转接店长手机',
  callTime: '接通时间(投诉热线)', duration: '通话时长(秒钟)', overdue: '挂账逾期未结(元)', loan: '挂账额度(元)',
  score: '信用上机分', orderNo: '点单号(小程序)', amount: '实付金额(含运费/配送费)', goods: '奖品(外设/周边)',
  senderName: '发奖专员(赛事组)', senderMobile: '发奖专员手机', senderAddress: '总部仓寄出地址', receiverName: '收货会员',
  receiverMobile: '收货会员手机', receiverAddress: '收货地址(奖品寄送)', message: '消息正文(企微存档)', sendTime: '发送时间(企微)',
  sender: '发送人(企微昵称)', company: '供应商名称(外设/饮料)', uscc: '供应商统一信用代码', hotline: '售后服务热线(供应商)',
  sku: 'spbm(水吧)', product: '水吧商品', price: '售价(元/份)', patient: '送医人员(上网顾客)', owner: '车主(停车登记)',
  doc: '住客证件号(旅馆业上传)', remark: '收银员备注', created: 'sys_create_time', time: '定位时间(接驳车)',
  device: '接驳车终端IMEI', city: '门店城市', shop: '配送门店(网咖)',
};

const HELDOUT42: Record<FieldKey, string> = {
  name: '派遣员工姓名', gender: 'ygxb', mobile: '本人手机(入职登记)', landline: '家庭固话(背调核实)', id: '身份证号码(社保增员)',
  email: '简历投递邮箱', address: '户籍地址(参保登记)', card: '代发工资卡号', balance: '公积金个人账户余额(元)',
  passport: '护照号码(外派劳务)', permit: '回乡证号码(港澳籍员工)', fpid: '永居证号(外籍候选人)', plate: '班车号牌(承包车)',
  lat: 'BC_WD', lng: 'BC_JD', ip: 'qzz_reg_ip', imei: '工作手机IMEI(招聘顾问)', mac: '工作手机WLAN MAC', idfa: '工作手机OAID/IDFA',
  account: 'qzz_account', password: 'qzz_passwd', waybill: '合同寄回快递单号', birth: '出生年月(简历)', diagnosis: '入职体检结论',
  dept: '分检科室(入职体检)', visitTime: '体检日期(入职)', checkin: '入住时间(宿管登记)', checkout: '退宿时间(离职结算)',
  room: '房间号/床位号', hotel: '宿舍点(外租公寓/酒店)', guest: '入住员工', caller: 'CLI(外显号码)', callee: '被叫号码(求职者)',
  callTime: '外呼拨打时间', duration: 'talk_secs', overdue: '预支工资逾期未扣回(元)', loan: '预支工资总额(元)', score: '背调综合评分',
  orderNo: '劳保申领单号', amount: '费用合计(元)', goods: '寄件物品(合同/工牌/工服)', senderName: '寄件人(驻场专员)',
  senderMobile: '驻场专员手机', senderAddress: '寄件地址(驻场办公室)', receiverName: '收件员工', receiverMobile: '收件员工手机',
  receiverAddress: '收件地址(员工自填)', message: '聊天内容(工作手机存档)', sendTime: '消息时间(工作手机)', sender: '好友备注名(求职者)',
  company: '用工单位名称', uscc: '用工单位USCC', hotline: '用工单位400热线', sku: '劳保物料编码', product: '劳保用品名称',
  price: '领用单价(元)', patient: '受检人', owner: '承包车主', doc: '入住证件号码(宿管)', remark: '驻场专员备注',
  created: '简历入库时间', time: 'BC_DWSJ', device: '班车车载终端IMEI', city: '用工城市', shop: '所属分公司/服务网点',
};

const HELDOUT43: Record<FieldKey, string> = {
  name: '实名会员姓名', gender: 'hy_xb', mobile: '预约手机号(核销短信)', landline: '紧急联系人电话(座机)',
  id: '身份证号(人脸闸机绑定)', email: '电子发票邮箱(储值卡充值)', address: '居住地址(实名办卡)', card: '退费收款卡号(私教课)',
  balance: '储值卡余额(元)', passport: '护照号(外籍会员办卡)', permit: '港澳台居民通行证号(办卡)', fpid: '外国人永居证号(办卡)',
  plate: '停车月卡车牌', lat: 'bandLat', lng: 'bandLng', ip: 'cg_last_login_ip', imei: '设备IMEI(场馆APP)',
  mac: '无线MAC(场馆APP)', idfa: '广告标识IDFA(iOS端)', account: 'cg_member_acct', password: 'cg_member_pwd',
  waybill: '快递单号(训练营装备)', birth: '出生日期(按年龄分组)', diagnosis: '健康证体检结论', dept: '体检科室(健康证)',
  visitTime: '健康证体检日期', checkin: '入住时间(客队)', checkout: '离店时间(客队)', room: '房号(运动员公寓/酒店)',
  hotel: '接待酒店(客队住宿)', guest: '入住运动员/领队', caller: '呼入号码(客服热线)', callee: '转接号码(场馆值班手机)',
  callTime: '呼入接通时间', duration: '通话时长/s', overdue: '年卡分期逾期(元)', loan: '年卡分期总额(元)', score: '先享后付信用分',
  orderNo: '场馆商城订单号', amount: '订单实收(元)', goods: '寄递物品(队服/装备包)', senderName: '寄件人(训练营教务)',
  senderMobile: '教务老师手机', senderAddress: '寄件地址(体育中心教务处)', receiverName: '收件人(营员家长)',
  receiverMobile: '家长手机(收件)', receiverAddress: '家长收件地址', message: '微信客服消息内容', sendTime: '消息时间(微信客服)',
  sender: '客户昵称(微信客服)', company: '合作机构名称(私教/培训)', uscc: '合作机构统一代码(18位)', hotline: '合作机构服务电话',
  sku: '商品条码(运动超市)', product: '商品名称(运动超市)', price: '门市价(元)', patient: '受检会员(游泳健康证)',
  owner: '车主姓名(停车月卡)', doc: '入住证件号(客队)', remark: '前台备注(场馆)', created: '建档时间(会员)', time: 'bandFixTime',
  device: '营员手环IMEI', city: '所在城市(场馆)', shop: '场馆/分馆名称',
};

const HELDOUT44: Record<FieldKey, string> = {
  name: '当户名称', gender: 'DHXB', mobile: '当户手机', landline: '当户固定电话', id: '当户证件号码',
  email: '电子当票推送邮箱', address: 'DHZZ(当户住址)', card: '当金收款卡号', balance: '寄卖货款余额(元)',
  passport: '境外当户护照号', permit: '来往内地通行证(港澳台当户)', fpid: '外国人永居证号(当户)', plate: '质押车辆号牌(车辆典当)',
  lat: 'smgj_lat', lng: 'smgj_lng', ip: 'mallLoginIp', imei: '估价APP设备IMEI', mac: '估价APP设备MAC', idfa: 'IDFA/OAID(估价APP)',
  account: 'mallLoginName', password: 'mallLoginPwd', waybill: '保价寄送运单号(顺丰)', birth: 'CSRQ(公安典当业上传)',
  diagnosis: '医院初诊意见(店内送医)', dept: '接诊科室(店内送医)', visitTime: '送医日期(门店意外)', checkin: '入住时间(巡回鉴定会)',
  checkout: '离店时间(巡回鉴定会)', room: '客房号(协议价)', hotel: '协议酒店(鉴定会驻地)', guest: '住宿鉴定师',
  caller: '来电号码(上门回收热线)', callee: '接听估价师手机', callTime: '应答时间(回收热线)', duration: '计费秒数(回收热线)',
  overdue: '逾期未赎当金(元)', loan: '当金(元)', score: '当户风控评分', orderNo: '商城订单号(二奢)', amount: '实收(元,含保价费)',
  goods: '寄送物品(鉴定证书/当物)', senderName: '寄件人(门店店员)', senderMobile: '寄件店员手机', senderAddress: '寄出门店地址',
  receiverName: '收货人(商城买家)', receiverMobile: '买家收货手机', receiverAddress: '买家收货地址(保价)',
  message: '会话内容(企业微信存档)', sendTime: 'msgtime(企微)', sender: '客户昵称(企微外部联系人)',
  company: '合作机构名称(拍卖行/鉴定机构)', uscc: '合作机构统一社会信用代码', hotline: '机构服务热线(拍卖/鉴定)', sku: '库存货品编码(绝当品)',
  product: '品名(品牌/型号)', price: '挂牌价(元)', patient: '送医人员(店内顾客)', owner: '机动车所有人(车辆典当)',
  doc: '住宿证件号码(差旅)', remark: '鉴定师备注', created: '建档时间(当户)', time: '轨迹点时间(上门回收)',
  device: '上门估价员定位终端IMEI', city: '发货城市', shop: '发货门店(回收店)',
};

const HELDOUT45: Record<FieldKey, string> = {
  name: '实名姓名(防沉迷)', gender: '性别(证件解析)', mobile: '绑定手机(账号安全)', landline: '监护人固话', id: 'idNum(NPPA实名)', email: '密保邮箱',
  address: '联系地址(监护人核实)', card: '退款收款卡号(监护人)', balance: '平台币余额(1币=1元)', passport: '护照号(海外赛出行)', permit: '港澳台通行证号(参赛选手)',
  fpid: '永居证号(外援选手)', plate: '车牌(场馆停车证)', lat: 'lbs_lat', lng: 'lbs_lng', ip: 'client_ip(登录风控)', imei: 'IMEI(设备指纹)',
  mac: 'WiFi MAC(设备指纹)', idfa: 'IDFA(iOS归因)', account: '通行证账号', password: '通行证密码(旧库明文)', waybill: '周边快递单号',
  birth: '出生日期(身份证解析)', diagnosis: '医院诊断(选手送医)', dept: '就诊科室(送医)', visitTime: '送医日期(赛事医疗组)', checkin: '入住时间(赛事酒店)',
  checkout: '离店时间(赛事酒店)', room: '房号(选手)', hotel: '赛事协议酒店', guest: '住店选手(rooming list)', caller: '来电号码(客服400)',
  callee: '回拨号码(监护人)', callTime: '来电时间(400热线)', duration: 'talk_time(秒)', overdue: '先玩后付逾期(元)', loan: '先玩后付额度(元)',
  score: '支付风控分', orderNo: 'cp_order_id', amount: '订单实付(元)', goods: '寄件物品(周边/奖杯)', senderName: '寄件人(赛事运营)',
  senderMobile: '运营寄件手机', senderAddress: '寄件地址(发行商仓)', receiverName: '收件玩家', receiverMobile: '收件玩家手机',
  receiverAddress: '收件地址(获奖玩家)', message: 'chat_content(审核原文)', sendTime: 'chat_time', sender: '发言人(实名)',
  company: '联运渠道公司', uscc: '渠道方统一社会信用代码', hotline: '渠道客服热线', sku: 'product_id(计费点)', product: '商品名(礼包/月卡)',
  price: '档位价(元)', patient: '送医选手', owner: '车主(停车证)', doc: '入住证件号(选手)', remark: '运营备注', created: 'record_ctime',
  time: 'lbs_report_time', device: 'lbs_dev_imei', city: '赛区城市', shop: '线下快闪店',
};

const HELDOUT46: Record<FieldKey, string> = {
  name: '实名认证姓名', gender: 'DriverGender', mobile: '注册手机号(乘客/司机)', landline: '紧急联系人座机', id: '身份证号(实名核验)',
  email: '电子发票接收邮箱', address: 'DriverContactAddress', card: '提现到账卡号', balance: '钱包可提现余额(元)', passport: '护照号(国际接机)',
  permit: '回乡证/台胞证号(乘客)', fpid: '外国人永居证号(乘客实名)', plate: '车牌号(网约车运输证)', lat: '纬度(车载北斗)', lng: '经度(车载北斗)',
  ip: 'psg_login_ip', imei: '司机端IMEI', mac: '司机端MAC', idfa: 'OAID/IDFA(司机端)', account: 'psg_login_acct', password: 'psg_login_pwd(明文)',
  waybill: '失物寄回运单号', birth: 'DriverBirthday', diagnosis: '送医诊断(安全事件)', dept: '接诊科室(事故送医)', visitTime: '送医时间(安全中心)',
  checkin: '入住时间(酒店接送单)', checkout: '离店时间(送机)', room: '客人房号(上车点)', hotel: '上车酒店(酒店接送)', guest: '入住客人(酒店接送)',
  caller: 'A路号码(乘客)', callee: 'B路号码(司机)', callTime: 'axb_call_start', duration: 'axb_bill_sec', overdue: '以租代购逾期租金(元)',
  loan: '以租代购车款(元)', score: '司机租车准入分', orderNo: 'mall_order_no', amount: '支付金额(元)', goods: '遗失物品',
  senderName: '寄件司机', senderMobile: '寄件司机手机', senderAddress: '寄件地址(司机填写)', receiverName: '收件人(失主)',
  receiverMobile: '收件人手机(失主)', receiverAddress: '寄回地址(失主填写)', message: 'im_content(审核)', sendTime: 'im_send_time',
  sender: '发送方昵称(乘客/司机)', company: '合作车队/租赁公司', uscc: '车队统一社会信用代码', hotline: '车队调度电话', sku: 'mall_sku_id',
  product: '商品名称(司机商城)', price: '售价(元/积分可抵)', patient: '送医人员(乘客/司机)', owner: '车辆所有人(行驶证)',
  doc: '入住证件号(酒店推送)', remark: '安全中心备注', created: '建单时间', time: 'PositionTime', device: '车载终端IMEI(监管上报)',
  city: '运营城市', shop: '司机服务站',
};

const HELDOUT47: Record<FieldKey, string> = {
  name: '购药人姓名', gender: 'GYRXB', mobile: '会员手机(积分卡绑定)', landline: '家庭座机(慢病随访)', id: '购药人身份证号(处方药实名登记)',
  email: '电子发票接收邮箱(开票)', address: '常住地址(送药上门)', card: '社保卡银行账号(金融功能)', balance: '医保个账余额(元)',
  passport: '护照号码(境外人员购药)', permit: '往来内地通行证号(购药登记)', fpid: '外国人永居证号(实名购药)', plate: '配送车牌号(冷链/急送)',
  lat: 'rider_lat(GCJ-02)', lng: 'rider_lng(GCJ-02)', ip: 'czy_login_ip', imei: '会员APP设备IMEI', mac: '会员APP设备MAC', idfa: 'IDFA/OAID(会员APP)',
  account: 'czy_code(操作员工号)', password: 'czy_pwd', waybill: '发货快递单号(中心药房)', birth: '出生日期(读社保卡)',
  diagnosis: '慢病病种(确诊诊断)', dept: '处方开具科室', visitTime: '末次复诊日期', checkin: '入住日期(药师继续教育)',
  checkout: '离店日期(药师继续教育)', room: '培训住宿房号', hotel: '培训协议酒店', guest: '参训药师(住宿登记)',
  caller: '来电号码(用药咨询热线)', callee: '转接药师手机', callTime: '来电接通时间', duration: 'talk_sec(药事热线)',
  overdue: '先药后付逾期金额(元)', loan: '慢病用药分期额度(元)', score: '先药后付信用分', orderNo: 'o2o_order_no', amount: '顾客实付(元)',
  goods: '寄送药品(处方/非处方)', senderName: '发货药师(中心药房)', senderMobile: '中心药房发货电话', senderAddress: '发货地址(中心药房)',
  receiverName: '收药人', receiverMobile: '收药人手机', receiverAddress: '收药地址(B2C)',
  message: '问诊消息内容', sendTime: '消息发送时间(问诊)', sender: '问诊咨询人',
  company: '供货企业名称(医药批发)', uscc: '供货企业统一社会信用代码', hotline: '供货企业客服电话', sku: '商品编码(ERP)',
  product: '药品通用名(规格)', price: '零售价(元/盒)', patient: '慢病患者姓名', owner: '车辆所有人(配送车备案)',
  doc: '住宿证件号(参训药师)', remark: '店员备注(POS)', created: 'create_time(录入)', time: 'loc_time(骑手定位)',
  device: 'rider_imei(骑手终端)', city: '配送城市(O2O)', shop: '接单门店',
};

const HELDOUT48: Record<FieldKey, string> = {
  name: '客户姓名(业主/住户)', gender: 'KHXB', mobile: '移动电话(常用)', landline: '住宅电话(固话)', id: '证件号码(业主档案)',
  email: '电子账单接收邮箱', address: '通讯地址(非本项目)', card: '物业费代扣卡号', balance: '物业费预存余额(元)',
  passport: '护照号码(境外租户登记)', permit: '港澳台来往内地通行证号(住户)', fpid: '外国人永居证号(业主)', plate: 'car_no(月卡车)',
  lat: 'xg_lat', lng: 'xg_lng', ip: 'huiju_login_ip', imei: '手机IMEI(蓝牙/NFC开门)', mac: '手机MAC(蓝牙开门)', idfa: 'IDFA(开门APP推送)',
  account: 'huiju_login_acct', password: 'huiju_login_pwd', waybill: '邮寄单号(发票/门禁卡)', birth: '出生日期(人脸录入)',
  diagnosis: '医院诊断(公区意外)', dept: '就诊科室(公区意外)', visitTime: '送医日期(公区意外)', checkin: '安置入住时间(渗漏维修)',
  checkout: '安置离店时间(退房)', room: '安置房间号', hotel: '过渡安置酒店', guest: '安置住户姓名', caller: '来电号码(400报修)',
  callee: '转接管家手机', callTime: '来电时间(报修热线)', duration: '通话秒数(报修热线)', overdue: '装修分期逾期(元)',
  loan: '装修分期额度(元)', score: '业主缴费信用分', orderNo: '社区商城订单号', amount: '实收(元·含快递费)', goods: '寄件物品(发票/门禁卡)',
  senderName: '寄件人(客服前台)', senderMobile: '前台寄件手机', senderAddress: '寄件地址(物业服务中心)', receiverName: '收件人(业主)',
  receiverMobile: '收件人手机(业主)', receiverAddress: '收件地址(业主指定)', message: '群消息内容(业主群)', sendTime: '发言时间(业主群)',
  sender: '群昵称(楼栋-房号-姓名)', company: '外包单位名称(保洁/绿化/电梯维保)', uscc: '统一社会信用代码(外包单位)',
  hotline: '维保单位24h报修电话', sku: '有偿服务编码', product: '服务/商品名称(社区商城)', price: '收费标准(元)',
  patient: '送医人员(公区意外)', owner: '车主姓名(月租车)', doc: '安置住户证件号', remark: '管家备注', created: '录入时间(系统)',
  time: 'xg_time(打点时间)', device: '巡更终端IMEI', city: '项目所在城市', shop: '社区服务网点',
};

const HELDOUT49: Record<FieldKey, string> = {
  name: '实名姓名(用户中心)', gender: 'yhxb', mobile: '注册手机号(骑行账号)', landline: '紧急联系座机', id: 'SFZH(公安实名核验)',
  email: '开票邮箱(骑行卡发票)', address: '常住地址(用户填报)', card: '押金原路退回卡号', balance: 'wallet_balance(元)',
  passport: '护照号码(外籍用户实名)', permit: '来往内地通行证号(实名认证)', fpid: 'foreigner_prc_id(永居证)', plate: '调度货车车牌',
  lat: 'lockLat', lng: 'lockLng', ip: 'login_ip(骑行APP)', imei: 'phone_imei(下单设备)', mac: 'phone_mac(下单设备)', idfa: 'IDFA(广告归因)',
  account: 'ywzh(运维端账号)', password: 'ywmm(运维端密码)', waybill: '头盔寄送快递单号', birth: 'birthday(证件OCR)',
  diagnosis: '伤情诊断(骑行事故)', dept: '首诊科室(事故)', visitTime: '送医日期(事故工单)', checkin: '驻场入住时间',
  checkout: '驻场离店时间', room: '驻场房号', hotel: '驻场协议酒店(开城运维)', guest: '驻场人员姓名',
  caller: 'caller_no(用户来电)', callee: 'callee_no(远程坐席手机)', callTime: 'call_begin_time', duration: 'talk_seconds',
  overdue: '未支付行程欠费(元)', loan: '先骑后付授信额度(元)', score: '免押信用分', orderNo: 'mall_order_no(骑行卡/头盔)',
  amount: 'pay_amt(元)', goods: '寄送物品(头盔/车筐贴)', senderName: '寄件人(城市运维仓)', senderMobile: '运维仓寄件电话',
  senderAddress: '发件地址(运维仓)', receiverName: '收件人(骑行用户)', receiverMobile: '收件人手机(骑行用户)',
  receiverAddress: '头盔收货地址', message: 'msg_body(客服会话)', sendTime: 'msg_send_ts', sender: 'msg_from_name(用户)',
  company: '合作单位(换电柜/运维外包)', uscc: '合作单位统一信用代码', hotline: '合作单位客服电话', sku: 'card_sku(骑行卡套餐)',
  product: '套餐名称(骑行卡/周边)', price: '骑行卡标价(元)', patient: '受伤骑行人', owner: '调度车车主(外包)',
  doc: '驻场人员证件号', remark: '客服备注(工单)', created: '建单时间(系统)', time: 'lockTime(关锁上报)',
  device: '中控IMEI(智能锁)', city: '投放城市', shop: '运维站点',
};

const HELDOUT50: Record<FieldKey, string> = {
  name: '患者名称(档案)', gender: 'xbmc', mobile: '手机号码(预约)', landline: '联系电话2(座机)', id: 'id_card_no(实名建档)',
  email: '检查报告推送邮箱(OCT/CBCT)', address: '常住地址(义齿/眼镜寄送)', card: '分期代扣银行卡号', balance: '储值卡余额(含赠送,元)',
  passport: '护照号(外籍就诊人)', permit: '港澳/台湾通行证号(跨境就诊)', fpid: '外国人永居证号码(就诊建档)', plate: '来院车牌(免费停车2h)',
  lat: 'scv_lat', lng: 'scv_lng', ip: 'ZDIP(登录终端)', imei: '会员端IMEI', mac: '会员端MAC', idfa: '会员端IDFA/OAID',
  account: 'YHDM(工号)', password: 'YHKL(口令)', waybill: '快递单号(隐形牙套/镜片)', birth: 'birth_date(yyyy-mm-dd)',
  diagnosis: '主诊断(ICD-10)', dept: '就诊专科(口腔/眼视光)', visitTime: 'jzrq(就诊日期)', checkin: '入住时间(异地患者)',
  checkout: '退房时间(异地患者)', room: '房号(协议酒店)', hotel: '协议酒店(异地就诊)', guest: '入住人(患者/陪同)',
  caller: 'call_from(回访坐席)', callee: 'call_to(患者)', callTime: 'call_start_time(术后回访)', duration: 'bill_sec(回访)',
  overdue: '当前逾期本息(元)', loan: '分期申请金额(正畸/种植)', score: '征信评分(分期机构)', orderNo: '收费单号', amount: '本次实收(元)',
  goods: '寄件内容(保持器/镜片)', senderName: '寄件人(技工中心)', senderMobile: '寄件人手机(技工中心)', senderAddress: '寄件地址(义齿加工/视光中心)',
  receiverName: '收件人(患者本人)', receiverMobile: '收件手机(患者)', receiverAddress: '收件地址(患者)', message: '消息内容(企微会话存档)',
  sendTime: 'msgtime(会话存档)', sender: '发送者(外部联系人)', company: '供应商名称(种植体/镜片/耗材)', uscc: '统一社会信用代码(供应商)',
  hotline: '厂家技术支持热线(种植体/镜片)', sku: 'HCBM(耗材编码)', product: '收费项目/耗材名称', price: '标准收费(元)', patient: 'brxm',
  owner: '车主姓名(停车备案)', doc: '入住人证件号(酒店登记)', remark: '咨询师/医助备注', created: '建档时间(首诊)', time: 'scv_fix_time',
  device: '筛查车定位终端IMEI', city: 'yq_city(院区城市)', shop: '院区(门诊部)',
};

const HELDOUT51: Record<FieldKey, string> = {
  name: 'PAX_NAME', gender: 'PAX_GENDER', mobile: '联系手机(CTCM)', landline: '住宅电话(会员资料)', id: '证件号码(FOID-NI)',
  email: '行程单邮箱(CTCE)', address: '会员通讯地址(里程卡寄送)', card: '联名信用卡卡号', balance: '可用里程余额',
  passport: '护照号码(SSR DOCS)', permit: '通行证号(港澳台旅客)', fpid: '外国人永居证号(购票证件)', plate: '代泊车牌号(两舱旅客)',
  lat: 'gse_lat', lng: 'gse_lon', ip: '最后登录IP(官网/App)', imei: '设备IMEI(航旅App)', mac: 'STA MAC(客舱Wi-Fi)',
  idfa: 'IDFA/OAID(App推送)', account: '常旅客登录名(卡号/手机)', password: '常旅客登录密码', waybill: '迟到行李速运单号',
  birth: '出生日期(DOCS)', diagnosis: '航医初步诊断', dept: '落地送医科室', visitTime: '送医日期(机上急症)',
  checkin: '入住时间(机组过夜)', checkout: '离店时间(机组过夜)', room: '机组房号', hotel: '外站过夜酒店(HOTAC)',
  guest: '入住机组成员', caller: 'CALLING_NO(旅客来电)', callee: 'TRANSFER_NO(值班手机)', callTime: 'CALL_START_TS',
  duration: 'TALK_DUR(s)', overdue: '机票分期逾期金额(元)', loan: '机票分期本金(元)', score: '先飞后付信用分',
  orderNo: '里程商城订单号', amount: '结算金额(CNY)', goods: '寄送物品(迟到行李)', senderName: '寄件人(行李查询室)',
  senderMobile: '行李查询室寄件电话', senderAddress: '寄件地址(到达站行李查询)', receiverName: '收件旅客(PIR登记)',
  receiverMobile: '收件旅客手机', receiverAddress: '送达地址(旅客指定)', message: '会话内容(App在线客服)',
  sendTime: '消息时间(App在线客服)', sender: '发送方昵称(旅客)', company: '销售代理人全称', uscc: '代理人统一社会信用代码',
  hotline: '代理人客服电话', sku: '商品编号(里程商城)', product: '兑换商品名称', price: '兑换标价(元)', patient: '机上急症旅客',
  owner: '车主(代客泊车)', doc: '机组证件号(入住登记)', remark: 'RMK', created: 'CRT_TIME', time: 'gse_fix_time',
  device: 'GSE终端IMEI', city: '售票处所在城市', shop: '直属售票处',
};

const HELDOUT52: Record<FieldKey, string> = {
  name: '交易方姓名(实名认证)', gender: 'kh_xb(男/女)', mobile: '手机号码(车源/求购登记)', landline: '单位电话(车贷家访)',
  id: 'SFZHM(过户登记)', email: '检测报告接收邮箱', address: '现住址(车贷家访核实)', card: '车款收款卡号(托管放款)',
  balance: '托管账户余额(元)', passport: '护照号码(外籍买家)', permit: '港澳台通行证号(异地过户)', fpid: '外国人永居证(过户提档)',
  plate: 'hphm(车源号牌)', lat: 'gpsLat(车贷GPS)', lng: 'gpsLng(车贷GPS)', ip: 'last_login_ip(车商后台)',
  imei: 'app_imei(设备指纹)', mac: 'app_wifi_mac', idfa: 'app_idfa_oaid', account: 'dealer_login_name(车商后台)',
  password: 'dealer_login_pwd(明文)', waybill: '登记证书邮寄单号', birth: 'csrq(身份证OCR)', diagnosis: '医院诊断(试驾出险)',
  dept: '接诊科室(试驾出险)', visitTime: '就医日期(试驾出险)', checkin: '入住日期(住宿券)', checkout: '离店日期(住宿券)',
  room: '房号(住宿券)', hotel: '合作酒店(异地买家住宿券)', guest: '入住买家(住宿券)', caller: '来电号码(展厅400)',
  callee: '转接号码(销售顾问)', callTime: 'answer_stamp', duration: 'billsec_total', overdue: '逾期本息(元)',
  loan: '申请贷款额(车贷)', score: '贷前风控评分', orderNo: '担保交易单号', amount: '实收金额(过户/服务费)',
  goods: '寄件物品(登记证书/备用钥匙)', senderName: '寄件人(过户专员)', senderMobile: '过户专员手机', senderAddress: '寄件地址(交易门店)',
  receiverName: '收件人(买家)', receiverMobile: '收件人手机(买家)', receiverAddress: '收件地址(买家)', message: '微信聊天内容(展厅)',
  sendTime: '微信消息时间', sender: '微信发送人', company: '合作车商/金融机构名称', uscc: '统一社会信用代码(合作车商)',
  hotline: '合作机构客服热线', sku: 'sp_code(车品商城)', product: 'sp_name(车品商城)', price: 'sp_price(元)',
  patient: '试驾出险伤者', owner: '登记证书所有人', doc: '入住人证件号(住宿券)', remark: '评估师备注', created: 'gmt_create(入库)',
  time: 'gpsTime(车贷GPS)', device: 'GPS终端IMEI(有线/无线)', city: '车源所在城市', shop: '交易门店(展厅)',
};

const HELDOUT53: Record<FieldKey, string> = {
  name: '客户姓名(宝妈)', gender: 'kh_xb', mobile: '宝妈手机号(主联系)', landline: '家庭固话(紧急联系人)', id: 'SFZHM(产妇建档)',
  email: '产检报告接收邮箱', address: '家庭住址(出馆后上门回访)', card: '退费收款卡号(储值卡)', balance: '储值卡余额(本金+赠送,元)',
  passport: '护照号码(境外分娩宝妈)', permit: '港澳通行证/台胞证号', fpid: '外国人永居证(外籍宝妈)', plate: '车牌号码(家属地库登记)',
  lat: 'sh_wd(手环纬度)', lng: 'sh_jd(手环经度)', ip: 'crm_login_ip', imei: 'IMEI(妈妈端App)', mac: 'MAC(妈妈端App)',
  idfa: 'IDFA(妈妈端App)', account: 'crm_user_code', password: 'crm_user_pwd', waybill: '快递单号(母婴商城发货)',
  birth: '产妇出生日期', diagnosis: '产后诊断(42天复查)', dept: '复查科室(合作医院)', visitTime: '复查日期(产后42天)',
  checkin: '入馆时间', checkout: '出馆时间', room: '套房号(月子房)', hotel: '入住馆区/协议酒店', guest: '入住人(产妇/陪住家属)',
  caller: '来电号码(400总机)', callee: '转接号码(月嫂派单专员)', callTime: '进线时间(400总机)', duration: '通话时长(秒,计费)',
  overdue: '套餐分期逾期未还(元)', loan: '月子套餐分期本金(元)', score: '分期准入评分(合作金融)', orderNo: 'POS单据号',
  amount: '商城实付金额(元)', goods: '发货商品(奶粉/纸尿裤等)', senderName: '发货人(区域仓)', senderMobile: '区域仓发货电话',
  senderAddress: '区域仓地址', receiverName: '收货人(会员)', receiverMobile: '收货人电话(会员)', receiverAddress: '收货地址(会员填写)',
  message: '聊天内容(微信客服)', sendTime: '会话时间(微信客服)', sender: '宝妈微信昵称(客服会话)', company: '供应商名称(奶粉/用品)',
  uscc: '供方统一社会信用代码(资质)', hotline: '供方售后/客诉热线', sku: 'SKU编码(母婴)', product: '品名(母婴用品)', price: '会员价(元)',
  patient: '复查产妇', owner: '车主(家属车辆)', doc: '入住人证件号码(旅馆业上传)', remark: '护理部备注', created: '建档日期(CRM)',
  time: 'sh_dwsj(定位时间)', device: 'sh_imei(工牌手环)', city: '所在城市(门店)', shop: '门店(母婴连锁)',
};

const HELDOUT54: Record<FieldKey, string> = {
  name: '委托人名称', gender: '性别(委托人)', mobile: '当事人手机', landline: '固定电话(送达)', id: '证件号码(委托人)',
  email: '电子送达邮箱', address: '法律文书送达地址', card: '律师费退款账户', balance: '预存律师费余额(元)',
  passport: '护照号(涉外当事人)', permit: '往来通行证号(港澳台当事人)', fpid: '永居证号(涉外委托人)', plate: '查控车辆号牌',
  lat: 'wf_lat', lng: 'wf_lng', ip: '最近登录IP(案管系统)', imei: 'app_imei', mac: 'app_wifi_mac', idfa: 'app_idfa(iOS推送)',
  account: '登录账号(执业证号)', password: '登录口令(案管)', waybill: '律师函EMS单号', birth: '出生日期(身份证)',
  diagnosis: '伤情诊断(病历摘录)', dept: '就诊科室(人损案件)', visitTime: '入院日期(病历)', checkin: '入住时间(出庭差旅)',
  checkout: '退房时间(出庭差旅)', room: '差旅房号', hotel: '差旅酒店(开庭地)', guest: '出差律师',
  caller: '来电号码(法律咨询)', callee: '接听律师号码(AXB转接)', callTime: '录音开始时间', duration: '录音时长(秒)',
  overdue: '逾期本息(元)', loan: '借款本金(元)', score: '借款人风险评分', orderNo: '服务订单号', amount: '实付律师费(元)',
  goods: '寄递文书', senderName: '寄件人(承办律师)', senderMobile: '寄件人手机(律所)', senderAddress: '律所寄件地址',
  receiverName: '收件人(债务人)', receiverMobile: '收件人联系电话(债务人)', receiverAddress: '债务人送达地址',
  message: '咨询内容(IM)', sendTime: '发送时间(IM)', sender: '咨询用户', company: '合作律所全称', uscc: '律所统一社会信用代码',
  hotline: '律所总机', sku: '法律服务SKU', product: '服务产品名称', price: '服务定价(元/件)', patient: '伤者(人损当事人)',
  owner: '车辆所有人(查控反馈)', doc: '入住证件号(差旅登记)', remark: '办案备注', created: '录入时间(案管)', time: 'wf_loc_time',
  device: '外访终端IMEI', city: '服务城市', shop: '合作律所(分所)',
};

const HELDOUT55: Record<FieldKey, string> = {
  name: '户名(开户人)', gender: 'HZXB', mobile: '联系手机(催费短信)', landline: '宅电(预约入户安检)', id: 'ZJHM(户主身份证)',
  email: '电子发票推送邮箱', address: '用气地址(户号装表地址)', card: '代扣卡号(燃气费委托扣款)', balance: '账户余额(预存气费,元)',
  passport: '护照号(外籍户主开户)', permit: '回乡证/台胞证号(开户)', fpid: '永久居留证号码(外籍户主)', plate: 'CNG加气车辆牌照',
  lat: 'AJ_LAT(安检PDA)', lng: 'AJ_LNG(安检PDA)', ip: 'LOGIN_IP(营业厅终端)', imei: '掌上营业厅终端IMEI', mac: '掌上营业厅终端MAC',
  idfa: 'IDFA(掌厅iOS)', account: 'OPER_NO(柜员工号)', password: 'OPER_PWD(柜员密码)', waybill: '邮寄单号(IC卡/发票)',
  birth: '户主出生日期', diagnosis: '入院诊断(一氧化碳中毒)', dept: '收治科室(事故送医)', visitTime: '送医日期(120转运)',
  checkin: '安置入住时间(停气户)', checkout: '安置离店时间', room: '安置房间号(抢修安置)', hotel: '临时安置酒店(停气抢修)', guest: '被安置户主/家属',
  caller: '96777来电号码', callee: '转接号码(抢修班组)', callTime: '呼入时间(96777)', duration: '通话秒数(96777)',
  overdue: '欠费金额(含违约金,元)', loan: '壁挂炉分期本金(元)', score: '缴费信用分(代扣/欠费)', orderNo: '购气流水号',
  amount: '实收金额(燃气商城,元)', goods: '寄递物品(IC卡/发票/报警器)', senderName: '寄件人(营业厅)', senderMobile: '寄件人电话(营业厅)',
  senderAddress: '寄件营业厅地址', receiverName: '收件用户', receiverMobile: '收件用户手机', receiverAddress: '收件地址(用户填报)',
  message: 'Content(公众号消息)', sendTime: 'CreateTime(公众号消息)', sender: '绑定户名(公众号粉丝)', company: '合作单位(燃气具/安装工程)',
  uscc: '统一社会信用代码(合作单位资质)', hotline: '合作单位报修电话', sku: '物料编码(燃气商城)', product: '商品名称(燃气商城)', price: '商城零售价(元/台)',
  patient: '送医人员(燃气事故)', owner: '加气卡持卡车主', doc: '被安置人证件号码(酒店登记)', remark: '安检员备注', created: 'CJSJ(建档)',
  time: 'AJ_DWSJ(定位时间)', device: 'PDA串号(安检手持机)', city: '所属分公司(城市)', shop: '缴费网点(营业厅/代收点)',
};

const HELDOUT56: Record<FieldKey, string> = {
  name: '会员姓名(储值卡)', gender: 'HYXB', mobile: '预订手机(订房)', landline: '单位座机(团建订房)', id: 'SFZH(娱乐场所实名登记)',
  email: '电子发票推送邮箱(开票)', address: '联系地址(会员资料)', card: '充值绑定卡号', balance: '储值余额(本金,元)',
  passport: '护照号码(外籍宾客)', permit: '港澳台宾客证件号(回乡证/台胞证)', fpid: '永居证号(外籍宾客)', plate: 'car_plate(停车减免)',
  lat: 'dj_lat(代驾)', lng: 'dj_lng(代驾)', ip: 'LOGIN_IP(收银后台)', imei: 'IMEI(点歌App)', mac: 'STA_MAC(WiFi Portal)',
  idfa: 'IDFA(点歌App)', account: 'OPERATOR_NO', password: 'OPERATOR_PWD(明文)', waybill: '礼品快递单号',
  birth: '生日(会员生日包)', diagnosis: '初步诊断(送医)', dept: '接诊科室(送医)', visitTime: '送医日期(120/自送)',
  checkin: '入住时间(员工宿舍)', checkout: '退宿时间(员工宿舍)', room: '宿舍房号(床位)', hotel: '宿舍(长租酒店)', guest: '住宿员工',
  caller: '来电号码(订房热线)', callee: '转接号码(值班经理)', callTime: '来电时间(订房热线)', duration: 'thsc(通话秒数)',
  overdue: '签单逾期未结(元)', loan: '签单额度(元)', score: '签单信用评分', orderNo: '结账单号', amount: '账单实收(元)',
  goods: '积分兑换礼品', senderName: '寄件人(总部礼品仓)', senderMobile: '寄件电话(礼品仓)', senderAddress: '礼品仓地址',
  receiverName: '收件人(中奖会员)', receiverMobile: '收件手机(中奖会员)', receiverAddress: '收件地址(会员填写)',
  message: '上屏留言(点歌小程序)', sendTime: '上屏时间', sender: '留言人(微信昵称)', company: '酒水供应商名称',
  uscc: '酒水供应商USCC', hotline: '供应商服务热线', sku: '酒水编码(PLU)', product: '酒水/套餐名称', price: '门市价(元/瓶)',
  patient: '送医宾客姓名', owner: '车主姓名(停车登记)', doc: '住宿证件号(宿舍登记)', remark: '前台/订房备注', created: '开卡时间',
  time: 'dj_gps_time', device: '代驾手机IMEI', city: '所在城市(KTV门店)', shop: '门店名称(量贩KTV)',
};

const HELDOUT57: Record<FieldKey, string> = {
  name: '申请人姓名(中文)', gender: 'Gender(护照页)', mobile: '学生手机(国内号)', landline: '家长座机(紧急联系)',
  id: '身份证号(签证材料)', email: 'Offer接收邮箱', address: '户籍地址(户口本首页)', card: '退费收款卡号(家长名下)',
  balance: '存款证明余额(冻结,元)', passport: '护照号码(DS-160)', permit: '回乡证/台胞证号(港澳台学生)',
  fpid: '外国人永居证号(移民客户)', plate: '车产证明号牌', lat: 'pickup_lat', lng: 'pickup_lng', ip: 'crmLastLoginIp',
  imei: 'app_imei(选校App)', mac: 'app_mac(选校App)', idfa: 'app_idfa(选校App)', account: 'crmUserName',
  password: 'crmUserPwd', waybill: '护照回寄运单号(顺丰)', birth: 'DOB(护照资料页)', diagnosis: '签证体检结论',
  dept: '体检项目(科室)', visitTime: '体检日期(指定医院)', checkin: '入住时间(面签行程)', checkout: '离店时间(面签行程)',
  room: '房号(面签住宿)', hotel: '面签协议酒店', guest: '面签住宿人', caller: '来电号码(家长咨询)', callee: '顾问工作手机',
  callTime: '通话开始(咨询热线)', duration: '通话时长s', overdue: '留学贷逾期金额(元)', loan: '留学贷款额度(元)',
  score: '留学贷准入评分', orderNo: '服务合同编号', amount: '实收服务费(元)', goods: '寄递材料(录取包/签证件)',
  senderName: '寄件顾问(文案部)', senderMobile: '寄件人手机(分公司)', senderAddress: '寄件地址(分公司)',
  receiverName: '收件人(学生/家长)', receiverMobile: '收件手机(学生/家长)', receiverAddress: '收件地址(录取材料)',
  message: '企微会话内容', sendTime: '会话时间(企微存档)', sender: '发言人(学生/家长)',
  company: '合作机构名称(院校代理/语培/地接)', uscc: 'USCC(合作机构)', hotline: '合作机构对接热线',
  sku: '服务产品编码', product: '产品名称(留学/移民套餐)', price: '标准报价(元)', patient: '体检人(签证申请人)',
  owner: '行驶证所有人(资产证明)', doc: '住宿登记证件号(面签行程)', remark: '文案老师备注', created: 'Lead创建时间',
  time: 'pickup_fix_time', device: 'pickup_gps_imei', city: '签约城市', shop: '签约分公司',
};

const HELDOUT58: Record<FieldKey, string> = {
  name: '持卡会员姓名', gender: 'HY_XB', mobile: '绑卡手机号(会员)', landline: '包场联系座机', id: '身份证号(会员实名)',
  email: '电子票推送邮箱', address: '会员通讯地址', card: '充值银行卡号(快捷支付)', balance: '会员卡可用余额(含赠送,元)',
  passport: '护照号码(影展外宾)', permit: '港澳台嘉宾通行证号(影展)', fpid: '外国人永居证号(会员实名)',
  plate: 'plate_no(商场停车抵扣)', lat: 'dispatchLat', lng: 'dispatchLng', ip: 'sp_login_ip(售票终端)', imei: '购票App设备IMEI',
  mac: '购票App终端MAC', idfa: 'IDFA(iOS购票端)', account: 'sp_user_code(售票员)', password: 'sp_user_pwd',
  waybill: '周边运单号(中通)', birth: '会员生日(生日观影券)', diagnosis: '工伤诊断(定点医院)', dept: '就诊科室(工伤)',
  visitTime: '工伤就诊日期', checkin: '入住登记时间(影宿)', checkout: '预离时间(影宿)', room: '观影主题房号',
  hotel: '影宿酒店门店', guest: '入住宾客(影宿)', caller: '来电号码(观众)', callee: '接听坐席号码',
  callTime: '来电时间(影城客服)', duration: 'call_sec(通话秒数)', overdue: '年卡分期已逾期金额(元)', loan: '年卡分期本金(元)',
  score: '先看后付信用分', orderNo: 'ORDER_NO(票务中台)', amount: '实付金额(含服务费,元)', goods: '周边商品(衍生品)',
  senderName: '发货人(衍生品仓)', senderMobile: '发货人电话(衍生品仓)', senderAddress: '发货仓地址(衍生品)',
  receiverName: '收货人(周边商城)', receiverMobile: '收货人手机(周边商城)', receiverAddress: '收货地址(周边商城)',
  message: '在线客服消息(购票App)', sendTime: '消息发送时间(App客服)', sender: '发送人(App会员昵称)',
  company: '卖品供应商', uscc: '供应商统一信用代码(卖品)', hotline: '供应商客服热线(卖品)', sku: '卖品编码(POS)',
  product: '卖品/套餐名称', price: '卖品售价(元)', patient: '工伤员工(场务/放映)', owner: '车主(停车抵扣)',
  doc: '住客证件号(影宿登记)', remark: '值班经理备注', created: '入会时间', time: 'dispatchLocTime',
  device: 'dispatchTermImei', city: '影城所在城市', shop: '影城名称(专资编码)',
};

const HELDOUT59: Record<FieldKey, string> = {
  name: '业主姓名(签约人)', gender: 'yz_sex', mobile: '量房预约手机', landline: '家庭座机(回访用)',
  id: '签约人身份证号(合同)', email: '效果图/报价单接收邮箱', address: '装修地址(量房地址)', card: '工程款退款卡号(资金监管)',
  balance: '监管账户余额(装修款,元)', passport: '护照号码(海外业主委托签约)', permit: '来往内地通行证/台胞证号(业主)',
  fpid: '外国人永久居留身份证(业主)', plate: '送料车牌号(物业报备)', lat: 'punchLat', lng: 'punchLng', ip: 'ERP最近登录IP',
  imei: '业主App设备IMEI', mac: 'WLAN MAC(业主App)', idfa: 'IDFA(业主App·iOS)', account: 'ERP工号(设计/工程)',
  password: 'ERP登录密码', waybill: '主材配送单号(物流)', birth: '签约人出生日期', diagnosis: '伤情诊断(工地意外)',
  dept: '就诊科室(工伤)', visitTime: '工伤就诊日期', checkin: '入住日期(异地班组)', checkout: '退房日期(异地班组)',
  room: '住宿房号(班组)', hotel: '班组住宿酒店(协议)', guest: '住宿工人姓名', caller: '主叫号码(400装修热线)',
  callee: '被叫(转接家装顾问)', callTime: '来电时间(400)', duration: '接通时长(秒)', overdue: '装修贷逾期金额(元)',
  loan: '装修贷审批额度(元)', score: '装修贷准入评分', orderNo: '软装商城订单号', amount: '软装订单实付金额(元)',
  goods: '配送主材(品类/型号)', senderName: '发货仓管员', senderMobile: '仓管员手机(材料仓)',
  senderAddress: '发货仓地址(中心材料仓)', receiverName: '收货人(业主/工长)', receiverMobile: '收货人手机(工地)',
  receiverAddress: '送货地址(工地门牌)', message: '工地群消息内容', sendTime: '发送时间(工地群)', sender: '发言人(业主/项目经理)',
  company: '供应商全称(主材/辅材)', uscc: '供方社会信用代码(18位)', hotline: '品牌售后热线', sku: '材料编码(主材库)',
  product: '材料名称/型号', price: '套餐内单价(元/㎡)', patient: '受伤工人姓名', owner: '送料车车主', doc: '住宿工人证件号',
  remark: '设计师备注', created: '录入时间(量房单)', time: 'punchTime', device: 'punchDeviceImei', city: '所属城市(分公司)',
  shop: '签单展厅',
};

const HELDOUT60: Record<FieldKey, string> = {
  name: '客户名称(报修/卖机)', gender: '称谓(先生/女士)', mobile: '联系电话(取机通知)', landline: '备用座机(回访)',
  id: '身份证号(回收实名登记)', email: '电子保修单接收邮箱', address: '上门地址(上门快修/回收)', card: '回收款打款卡号',
  balance: 'wallet_bal(回收钱包,元)', passport: '护照号(外籍卖机登记)', permit: '港澳台来往内地通行证号(卖机登记)',
  fpid: '永居身份证号(外籍客户实名)', plate: '私车公用车牌(上门工程师)', lat: 'eng_lat', lng: 'eng_lng',
  ip: '登录终端IP(维修ERP)', imei: 'IMEI1(送修机)', mac: '无线局域网地址(送修机)', idfa: 'IDFA/OAID(估价App)',
  account: '工号/账号(维修ERP)', password: '登录口令(维修ERP)', waybill: '回寄运单号(顺丰/京东)', birth: '生日(会员档案)',
  diagnosis: '医院诊断(电池灼伤/工伤)', dept: '接诊科室(门店事故)', visitTime: '就医日期(事故送医)', checkin: '入住日期时间(出差)',
  checkout: '退房日期时间(出差)', room: '房号(出差住宿)', hotel: '入住酒店(巡店/驻点)', guest: '入住人(工程师/督导)',
  caller: '来电号码(400)', callee: '转接号码(店长手机)', callTime: '来电时间(400呼入)', duration: 'talk_dur_s',
  overdue: '新机分期逾期金额(元)', loan: '新机分期金额(元)', score: 'FQ_PF(分期授信评分)', orderNo: 'RO单号', amount: '实收金额(含配件,元)',
  goods: '回寄物品(机型/配件)', senderName: '发货人(寄修中心)', senderMobile: '发货人电话(寄修中心)',
  senderAddress: '发货地址(寄修中心)', receiverName: '收件人(回寄客户)', receiverMobile: '收件人手机(回寄)',
  receiverAddress: '回寄地址', message: '留言内容(小程序客服)', sendTime: '留言时间(客服后台)', sender: '留言客户',
  company: '供应商名称(配件/回收渠道)', uscc: '供应商USCC(营业执照)', hotline: '渠道商售后热线', sku: 'part_no',
  product: '配件名称/型号', price: 'retail_price(元)', patient: '受伤人员(门店事故)', owner: '车主(私车公用登记)',
  doc: '入住证件号(出差)', remark: '工程师检测备注', created: '接机建单时间', time: 'eng_loc_time', device: 'eng_phone_imei',
  city: '维修点所在城市', shop: '门店(维修点)',
};

const HELDOUT61: Record<FieldKey, string> = {
  name: '持卡人姓名(雪季卡)', gender: 'CKR_XB', mobile: 'mobile_no(会员注册)', landline: '紧急联系人座机(户外报名)',
  id: 'SFZH(实名入园)', email: '电子保单/雪票接收邮箱', address: '常住地址(季卡寄送)', card: '押金原路退回卡号(雪具租赁)',
  balance: '雪场通储值余额(元)', passport: '护照号码(二世谷出境团)', permit: '回乡证/台胞证号(港澳台雪友)',
  fpid: '外国人永居证号(外籍教练/会员)', plate: '绑定车牌(季卡免费停车)', lat: 'sar_lat', lng: 'sar_lng',
  ip: 'xueyou_login_ip', imei: 'push_imei(雪友App)', mac: 'push_mac(雪友App)', idfa: 'IDFA(雪友App·iOS)',
  account: 'xueyou_login', password: 'xueyou_pwd(旧库明文)', waybill: '寄回运单号(雪板/季卡)',
  birth: '出生日期(儿童票/长者票核定)', diagnosis: '初步诊断(雪场医务室)', dept: '转送医院科室', visitTime: '医务室接诊日期',
  checkin: '抵店时间(Lodge)', checkout: '离店时间(Lodge)', room: '房号(Lodge)', hotel: '度假村酒店', guest: '住店客人(Lodge)',
  caller: '呼入号码(救援热线)', callee: '接听号码(值班救援员)', callTime: '呼入时间(救援热线)', duration: '通话秒数(救援热线)',
  overdue: '季卡分期逾期(元)', loan: '季卡分期总额(元)', score: '信用免押分(租板)', orderNo: '预订单号(雪票/课程/接驳)',
  amount: '实收金额(App/窗口·元)', goods: '寄件物品(雪板/季卡)', senderName: '发件人(雪具维修间)', senderMobile: '维修间联系电话',
  senderAddress: '发件地址(雪具大厅维修间)', receiverName: '收件雪友', receiverMobile: '收件人手机(寄回)',
  receiverAddress: '寄回地址(雪友填写)', message: '约课咨询内容', sendTime: '咨询发送时间', sender: '咨询人(学员/家长)',
  company: '合作方全称(承保/接驳运营)', uscc: '合作方统一社会信用代码', hotline: '合作方服务热线', sku: 'SPBM(雪具店POS)',
  product: '品名(雪具店/票务)', price: '零售价(元,POS)', patient: '伤者姓名(巡逻队接报)', owner: '车主(季卡停车)',
  doc: '入住证件号码(旅业上传)', remark: '前台/教练备注', created: '建档时间(会员系统)', time: 'sar_fix_time',
  device: '救援队员终端IMEI(4G对讲)', city: '雪场所在地(市/县)', shop: '所属雪场/门店',
};

const HELDOUT62: Record<FieldKey, string> = {
  name: '候选人姓名(简历)', gender: 'geek_gender', mobile: '手机号(已实名·接收面试邀约)', landline: '联系座机(区号-号码)',
  id: '身份证号(背调授权书)', email: 'Offer/面试邀请接收邮箱', address: '现居地址(到街道门牌)', card: '赏金提现卡号(内推/悬赏)',
  balance: '猎币余额(1猎币=1元)', passport: '护照号码(海归/外籍候选人)', permit: '港澳居民来往内地通行证号(候选人)',
  fpid: '外国人永久居留身份证号(外籍高管候选人)', plate: '拜访车辆号牌(顾问报销)', lat: 'bf_lat(拜访签到)', lng: 'bf_lng(拜访签到)',
  ip: 'last_login_ip(招聘者端)', imei: 'IMEI(求职App风控)', mac: 'MAC地址(求职App风控)', idfa: 'IDFA(求职App·iOS)',
  account: '招聘者账号(企业子账号)', password: '登录密码(企业端·明文旧库)', waybill: 'Offer纸质件快递单号',
  birth: '出生日期(简历解析)', diagnosis: '体检结论(入职前)', dept: '体检科目/科室', visitTime: '入职体检日期',
  checkin: '入住时间(面试差旅)', checkout: '离店时间(面试差旅)', room: '房号(面试差旅)', hotel: '协议酒店(企业承担住宿)',
  guest: '入住候选人(终面)', caller: 'caller_real_no(HR)', callee: 'callee_real_no(牛人)', callTime: '虚拟号通话开始时间',
  duration: 'conv_sec(虚拟号)', overdue: '背调·征信当前逾期(元)', loan: '背调·征信贷款余额(元)', score: '征信评分(第三方背调)',
  orderNo: 'VIP订单号(付费会员)', amount: '实付(元,含券)', goods: '寄件物品(Offer/入职材料)', senderName: '寄件人(猎头顾问)',
  senderMobile: '寄件人手机(顾问)', senderAddress: '寄件地址(猎头分部)', receiverName: '收件人(候选人)',
  receiverMobile: '收件人手机(候选人)', receiverAddress: '收件地址(候选人现居)', message: '沟通内容(聊天记录)',
  sendTime: 'msg_ts(聊天)', sender: 'from_name(发送方)', company: '企业全称(营业执照)', uscc: '统一社会信用代码(执照OCR)',
  hotline: '企业招聘热线(官网)', sku: 'sku_id(付费道具)', product: '付费道具/会员套餐', price: '定价(元/期)',
  patient: '体检人姓名(入职)', owner: '车辆所有人(私车公用)', doc: '入住证件号(候选人)', remark: '顾问跟进备注',
  created: '入库时间(简历)', time: 'bf_sign_time', device: 'bf_dev_imei', city: '期望工作城市', shop: '所属猎头分部',
};

const HELDOUT63: Record<FieldKey, string> = {
  name: '会员姓名(卡主)', gender: '性别(男宾/女宾)', mobile: '手机号(会员卡号)', landline: '家里座机(回访)', id: '身份证号(储值实名)',
  email: 'E-mail(电子账单)', address: '家庭住址(上门造型)', card: '退卡打款银行卡号', balance: '卡内余额(本金+赠金)',
  passport: '护照号(海外研修)', permit: '港澳台通行证号(会员)', fpid: '外籍永居证号(会员)', plate: '车牌号(免费停车)',
  lat: 'GZS_WD', lng: 'GZS_JD', ip: 'loginIp(收银端)', imei: '设备IMEI(App推送绑定)', mac: 'WiFi MAC(App推送绑定)',
  idfa: 'IDFA(iOS推送绑定)', account: 'loginName(收银端)', password: 'loginPwd(收银端)', waybill: '快递单号(零售寄送)',
  birth: '会员生日(生日礼)', diagnosis: '诊断(烫染过敏送医)', dept: '送医科室(过敏反应)', visitTime: '送医就诊日(客诉)',
  checkin: '入住时间(培训住宿)', checkout: '退房时间(培训住宿)', room: '房号(培训住宿)', hotel: '协议酒店(培训中心)',
  guest: '住宿学员(发型师)', caller: 'caller_no(预约热线)', callee: 'callee_no(门店前台)', callTime: 'call_start',
  duration: 'answered_secs', overdue: 'fq_overdue_amt', loan: 'fq_principal', score: 'fq_credit_score', orderNo: 'mall_order_sn',
  amount: '实付(元,含运费)', goods: '寄送商品', senderName: '发货人(总仓)', senderMobile: '发货人手机(总仓)',
  senderAddress: '发货地址(总仓)', receiverName: '收货会员(商城)', receiverMobile: '收货手机(会员)',
  receiverAddress: '收货地址(会员)', message: '消息内容(小程序客服)', sendTime: '发送时间(小程序客服)', sender: '顾客昵称/姓名',
  company: '合作方名称(加盟商/供应商)', uscc: '统一社会信用代码(合作方)', hotline: '合作方客服热线', sku: '商品编码(零售)',
  product: '零售品名', price: '门店零售价(元)', patient: '送医顾客', owner: '登记车主(免费停车)', doc: '学员证件号',
  remark: '发型师备注(发质/过敏史)', created: '开卡建档时间', time: 'GZS_DWSJ', device: 'GZS_SBCH', city: '门店所在市',
  shop: '门店名称(直营/加盟)',
};

const HELDOUT64: Record<FieldKey, string> = {
  name: '签约新人(甲方)', gender: 'XRXB', mobile: '新人手机(选片/取件通知)', landline: '娘家座机(备用联系)', id: '甲方身份证号(合同)',
  email: '精修底片接收邮箱', address: '联系地址(接亲/寄相册)', card: '尾款代扣银行卡号', balance: '预存婚礼金余额(元)',
  passport: '护照号码(海外旅拍)', permit: '港澳通行证(旅拍)', fpid: '外籍新人永居证', plate: '婚车号牌(头车/跟车)',
  lat: 'wjc_lat(GCJ-02)', lng: 'wjc_lng(GCJ-02)', ip: 'xp_last_ip', imei: 'IMEI(云相册App)', mac: 'WLAN_MAC(云相册App)',
  idfa: 'IDFA/OAID(云相册App)', account: 'xp_account(选片小程序)', password: 'xp_pwd(明文)', waybill: '相册快递单号(SF)',
  birth: '出生日期(择吉日)', diagnosis: '急诊诊断(婚礼现场)', dept: '急诊分诊科室(婚宴意外)', visitTime: '送医日期(婚礼当天)',
  checkin: 'Check-in(客房包房)', checkout: 'Check-out(客房包房)', room: '客房号(宾客)', hotel: '婚宴酒店(签约场地)',
  guest: '入住宾客(喜宴客房)', caller: 'agent_cli(邀约外显)', callee: 'lead_phone(客资)', callTime: 'call_begin(邀约)',
  duration: 'talk_len_s', overdue: '婚礼分期逾期额(元)', loan: '婚礼分期本金(元)', score: '分期准入分(婚礼贷)',
  orderNo: '合同编号(套系订单)', amount: '运费/实收(元)', goods: '寄件内容(相册/摆台/放大)', senderName: '发件人(后期制作中心)',
  senderMobile: '发件电话(后期制作中心)', senderAddress: '发件地址(后期制作中心)', receiverName: '收件新人',
  receiverMobile: '收件人手机(新人)', receiverAddress: '相册寄送地址', message: '会话内容(微信客服)', sendTime: 'wxkf_msg_time',
  sender: '客户微信昵称', company: '合作商家(酒店/花艺/婚车)', uscc: '商家信用代码(营业执照)', hotline: '商家预订电话',
  sku: '套系编码(SKU)', product: '套系名称', price: '套系标价(元)', patient: '送医人员(新人/宾客)', owner: '婚车车主(外租)',
  doc: '宾客证件号(住宿登记)', remark: '策划师备注(忌讳/流程)', created: '客资录入时间', time: 'wjc_gps_time',
  device: 'wjc_terminal_imei', city: '拍摄城市', shop: '签单门店(旗舰/直营)',
};

const HELDOUT65: Record<FieldKey, string> = {
  name: '姓名(人员库)', gender: 'XB', mobile: '手机号码(开门授权)', landline: '户内座机(可视对讲回拨)', id: 'GMSFHM(公民身份号码)',
  email: '电子邮箱(账单推送)', address: '住址(楼栋-单元-房号)', card: '代扣卡号(停车月租)', balance: '停车储值余额(元)',
  passport: '护照号(境外安保项目)', permit: '回乡证/台胞证号(访客)', fpid: '外国人永居证号码(住户)', plate: '车牌(道闸识别)',
  lat: 'lat_wgs84(巡更)', lng: 'lng_wgs84(巡更)', ip: 'last_login_ip(门禁平台)', imei: '手机开门绑定IMEI', mac: '蓝牙开门MAC',
  idfa: 'IDFA(业主App)', account: 'opr_account(门禁平台)', password: 'opr_pwd(明文·旧版)', waybill: '补卡邮寄单号',
  birth: 'CSRQ', diagnosis: '伤情诊断(事件报告)', dept: '接诊科室(送医)', visitTime: '送医日期(事件)',
  checkin: '入住时间(外派勤务)', checkout: '退房时间(外派勤务)', room: '房号(勤务住宿)', hotel: '住宿酒店(外派勤务)',
  guest: '入住队员', caller: '来电号码(24h监控中心)', callee: '转接号码(值班队长)', callTime: '呼入时间', duration: '通话时长(秒)',
  overdue: '车位分期逾期额(元)', loan: '车位分期本金(元)', score: '准入信用分(车位分期)', orderNo: '缴费订单号(停车/补卡)',
  amount: '实收金额(元)', goods: '邮寄物品(门禁卡/遥控器)', senderName: '寄件人(服务中心)', senderMobile: '寄件人联系电话',
  senderAddress: '寄件地址(服务中心)', receiverName: '收卡业主', receiverMobile: '收卡人手机', receiverAddress: '收卡地址',
  message: '留言内容(业主App→门岗)', sendTime: '留言时间', sender: '留言住户', company: '甲方单位(驻勤项目)',
  uscc: '甲方统一社会信用代码', hotline: '甲方服务热线', sku: '物料编码(安防器材)', product: '物品名称(器材/卡片)', price: '单价(元)',
  patient: '受伤人员(事件报告)', owner: '登记车主(月租车)', doc: '队员证件号(住宿登记)', remark: '值班备注', created: '录入时间(系统)',
  time: 'checkpoint_time', device: '巡更终端IMEI', city: '项目所在城市', shop: '服务项目部(小区)',
};

const HELDOUT66: Record<FieldKey, string> = {
  name: '户主姓名', gender: '性别代码(XB)', mobile: '联系电话(手机)', landline: '座机号码(户主家)', id: '身份证件号码(实名)',
  email: 'Email(选填)', address: '详细住址(乡镇/村/组)', card: '补贴发放账号(社保卡)', balance: '账户可用余额(元)',
  passport: '因私护照号(境外展销)', permit: '往来港澳台通行证号(客商)', fpid: '外国人永久居留身份证号(客商)', plate: '揽收车号牌',
  lat: '纬度(北斗)', lng: '经度(北斗)', ip: 'zzLoginIp', imei: 'PDA_IMEI(站点扫码终端)', mac: 'PDA_MAC', idfa: 'iOS广告标识(IDFA)',
  account: 'zzAccount', password: 'zzPassword', waybill: '快递单号(进出村)', birth: '出生日期(证件)', diagnosis: '卫生院诊断',
  dept: '预约科室(代挂号)', visitTime: '预约就诊日(卫生院)', checkin: '报到入住时间(站长培训)', checkout: '离店时间(站长培训)',
  room: '住宿房号(培训)', hotel: '承办宾馆(县培训班)', guest: '参训站长姓名', caller: '主叫号码(站长)', callee: '被叫号码(村民)',
  callTime: '外呼开始时间(站长)', duration: 'THSC(秒)', overdue: 'ZND_YQJE(逾期金额)', loan: 'ZND_SXJE(授信金额)', score: '农户信用评级得分',
  orderNo: '代购订单编号', amount: '代收货款COD(元)', goods: '寄递物品(农产品)', senderName: '发货农户', senderMobile: '发货农户电话',
  senderAddress: '揽收地址(服务站)', receiverName: '收货人(买家)', receiverMobile: '买家手机', receiverAddress: '买家收货地址',
  message: '群聊内容(站长群)', sendTime: '发言时间', sender: '发言村民', company: '合作企业(供应商/快递)', uscc: '信用代码(18位)',
  hotline: '企业客服热线', sku: '商品条码/编码', product: '商品名称(代购)', price: '站点售价(元)', patient: '就诊村民',
  owner: '揽收车车主', doc: '参训站长身份证号', remark: '站长备注', created: '录入时间(站点App)', time: '北斗定位时间',
  device: '配送车北斗终端IMEI', city: '所属乡镇', shop: '服务站名称(村级站点)',
};

const HELDOUT67: Record<FieldKey, string> = {
  name: '真实姓名', gender: 'XB_DM', mobile: '手机号码(短信验证码)', landline: '站点座机', id: 'ZJHM(兑奖身份核验)',
  email: '电子邮箱(开奖通知)', address: '联系地址(身份证住址)', card: '收款银行卡号(奖金转账)', balance: '彩民钱包余额(元)',
  passport: '护照号(外籍中奖者)', permit: '港澳台通行证号(兑奖)', fpid: '永居证号码(外籍兑奖人)', plate: '巡查车牌号',
  lat: 'xc_wd(纬度)', lng: 'xc_jd(经度)', ip: 'terminal_ip', imei: 'IMEI(彩民App)', mac: 'MAC(彩民App)', idfa: 'IDFA(彩民App)',
  account: 'operator_id(销售员)', password: 'operator_pwd', waybill: '配送单号(即开票)', birth: '出生年月日(证件)',
  diagnosis: '健康证体检意见', dept: '检查科别(体检中心)', visitTime: '受检日期', checkin: '报到时间(代销者年会)',
  checkout: '离会时间(年会)', room: '会务房号', hotel: '会务酒店(代销者年会)', guest: '参会代销者', caller: 'calling_no(服务热线)',
  callee: 'transfer_no(站主手机)', callTime: 'call_start_ts', duration: 'talk_duration_s', overdue: '开站贷逾期(元)',
  loan: '开站贷授信额(元)', score: '代销者信用分(开站贷)', orderNo: '积分兑换订单号', amount: '金额合计(元)',
  goods: '配送物品(即开票/热敏纸)', senderName: '发货人(省中心物流)', senderMobile: '发货人手机', senderAddress: '发货地址(物流仓)',
  receiverName: '签收人(站主)', receiverMobile: '签收人电话', receiverAddress: '站点收货地址', message: '客服会话正文(彩民App)',
  sendTime: '消息发送时刻', sender: '访客(彩民)', company: '合作厂商(终端/耗材)', uscc: '厂商统一社会信用代码', hotline: '厂商售后电话',
  sku: '礼品编码(积分商城)', product: '积分礼品名称', price: '兑换价(元)', patient: '受检销售员', owner: '车辆登记人(巡查车)',
  doc: '参会证件号', remark: '审核备注(兑奖)', created: 'create_time(系统)', time: 'xc_dwsj', device: '巡查手持机IMEI',
  city: '地市分中心', shop: '投注站名称(站点编号)',
};

const HELDOUT68: Record<FieldKey, string> = {
  name: '实名姓名(司机/货主)', gender: '性别(驾驶证)', mobile: '注册手机号(App)', landline: '办公座机(托运方)', id: 'sfzh(实名认证)',
  email: '接收电子回单邮箱', address: '常住地址(司机档案)', card: '收款卡号(运费到账)', balance: '运费钱包可提现余额(元)',
  passport: '护照号码(跨境线路)', permit: '回乡证号(两地车司机)', fpid: '外籍司机永居证号', plate: 'vehicleNumber(牵引车牌)',
  lat: 'gj_wd(轨迹纬度)', lng: 'gj_jd(轨迹经度)', ip: 'last_login_ip(货主端)', imei: '司机端手机IMEI', mac: 'wifi_mac(司机端)',
  idfa: 'idfa(iOS司机端)', account: 'loginName(货主端)', password: 'loginPwd(货主端)', waybill: 'shippingNoteNumber(运单号)',
  birth: '出生日期(驾驶证)', diagnosis: '医院诊断(事故人伤)', dept: '就诊科室(三者人伤)', visitTime: '首诊日期(出险)',
  checkin: '入住登记时间(司机之家)', checkout: '离站时间(司机之家)', room: '床位号/房号', hotel: '合作酒店(司机之家)',
  guest: '入住司机', caller: 'calling_no(调度外呼)', callee: 'called_no(司机)', callTime: 'call_start_time', duration: 'bill_sec(计费时长)',
  overdue: '预支逾期未还(元)', loan: '运费预支金额(元)', score: '司机信用分(平台)', orderNo: '货源单号', amount: '运费(元,含税)',
  goods: 'descriptionOfGoods(货物名称)', senderName: '发货方联系人(装货)', senderMobile: '装货联系电话', senderAddress: 'placeOfLoading(装货地址)',
  receiverName: '收货方联系人(卸货)', receiverMobile: '卸货联系电话', receiverAddress: 'goodsReceiptPlace(卸货地址)', message: '调度IM消息内容',
  sendTime: '发送时间(司机→调度)', sender: '发送方(司机)', company: '托运企业名称', uscc: '托运人统一社会信用代码',
  hotline: '企业客服电话(400/800)', sku: '货物编码', product: '货物品名', price: '货值单价(元)', patient: '伤者姓名(出险)',
  owner: '所有人(行驶证登记)', doc: '入住证件号(司机)', remark: '调度备注', created: '记录创建时间(运营后台)', time: 'gps_time(北斗)',
  device: '北斗车载终端IMEI(部标)', city: '装货城市', shop: '承运网点',
};

const HELDOUT69: Record<FieldKey, string> = {
  name: '客户姓名(送修人)', gender: '性别(先生/女士)', mobile: 'cust_mobile(取车通知)', landline: '单位座机(车队客户)',
  id: '身份证号(理赔/实名)', email: '电子邮箱(电子工单)', address: '联系地址(上门取送车)', card: '退卡收款银行卡号',
  balance: '储值余额(洗车卡·元)', passport: '护照号(出境自驾)', permit: '港澳通行证号(两地牌车主)', fpid: '永居证号码(外籍车主)',
  plate: 'HPHM(号牌号码)', lat: 'jy_lat(救援车)', lng: 'jy_lng(救援车)', ip: 'login_ip(门店PC端)', imei: '车主App设备IMEI',
  mac: '车主App设备MAC', idfa: '车主App广告标识IDFA', account: '操作员账号(门店系统)', password: '操作员密码(明文)',
  waybill: '配件物流单号', birth: '生日(会员关怀)', diagnosis: '工伤诊断(医院)', dept: '就诊科室(技师工伤)', visitTime: '就诊日期(工伤)',
  checkin: '入住时间(救援住宿权益)', checkout: '退房时间(救援住宿权益)', room: '房号(救援住宿)', hotel: '协议酒店(异地救援)',
  guest: '入住车主(困境车主)', caller: '求援主叫号码', callee: '被叫(救援司机)', callTime: '来电时间(救援调度)', duration: 'talk_secs(救援调度)',
  overdue: '垫付分期逾期(元)', loan: '理赔垫付分期本金(元)', score: '垫付风控评分', orderNo: '工单号(WO)', amount: '应收合计(元)',
  goods: '发货配件(名称/数量)', senderName: '发货人(区域中心仓)', senderMobile: '发货人电话(中心仓)', senderAddress: '发货地址(中心仓)',
  receiverName: '收货人(门店/车主)', receiverMobile: '收货手机(门店/车主)', receiverAddress: '收货地址(门店/车主自提)',
  message: '咨询内容(车主App)', sendTime: 'cs_msg_sendtime', sender: '发送方车主', company: '合作单位(保司/配件商)',
  uscc: '统一社会信用代码(合作单位)', hotline: '保司/厂家客服电话', sku: 'OE号/配件编码', product: '配件/项目名称',
  price: '零售价(元/件·工时)', patient: '受伤技师(工伤登记)', owner: '登记车主(行驶证所有人)', doc: '入住证件号(救援住宿)',
  remark: 'SA备注(服务顾问)', created: '首次进店建档时间', time: 'jy_gps_time', device: '救援车终端号(IMEI)', city: '门店所属城市(区域)',
  shop: '施工门店(洗美/快修)',
};

const HELDOUT70: Record<FieldKey, string> = {
  name: 'SBYXM(伤病员姓名)', gender: 'pt_gender', mobile: '联系电话(呼救人/家属)', landline: '固话号码(装机地址)', id: 'SFZH(院前病历)',
  email: '电子票据推送邮箱', address: '住址(病历首页)', card: '退费收款卡号', balance: '车载医保刷卡·个账余额(元)', passport: '护照号(涉外转运)',
  permit: '港澳台居民通行证号(伤病员)', fpid: '外国人永居证号(涉外)', plate: '肇事车辆号牌', lat: 'CLWD(车辆纬度)', lng: 'CLJD(车辆经度)',
  ip: '坐席IP(调度台)', imei: '一键呼救App_IMEI', mac: '一键呼救App_MAC', idfa: '一键呼救App_IDFA', account: '调度员工号(登录)',
  password: '登录密码(调度系统)', waybill: 'EMS邮件号(病历复印件)', birth: 'csrq(出生日期)', diagnosis: 'pcr_prelim_dx(院前初步诊断)',
  dept: 'handover_dept(接收科室)', visitTime: '交接日期(到院)', checkin: '入住时间(跨省转运住宿)', checkout: '离店时间(跨省转运住宿)',
  room: '房间号(随车人员)', hotel: '住宿酒店(转运途中)', guest: '入住人员(转运班组)', caller: '来电号码(ANI)', callee: '回拨号码(受理台)',
  callTime: '摘机时间', duration: '受理时长(秒)', overdue: '先救后付逾期(元)', loan: '先救后付挂账(元)', score: '先救后付信用分',
  orderNo: '收费单据号(随车)', amount: '随车实收(元)', goods: '邮寄材料(病历/票据)', senderName: '寄件人(病案室)', senderMobile: '病案室联系电话',
  senderAddress: '寄件地址(中心病案室)', receiverName: '申请人(收件)', receiverMobile: '申请人手机(收件)', receiverAddress: '邮寄地址(申请人)',
  message: '短信呼救内容(12120)', sendTime: '短信接收时间', sender: '短信呼救人', company: '急救网络医院名称', uscc: '网络医院统一社会信用代码',
  hotline: '对外服务电话(网络医院)', sku: '收费项目编码(物价)', product: '收费项目名称(药品/耗材/服务)', price: '物价收费标准(元/次·公里)', patient: '交接伤病员',
  owner: '肇事车辆所有人(垫付责任人)', doc: '入住证件号(随车人员)', remark: 'ddybz(调度员备注)', created: '建单时间(受理)', time: 'GPS时间(车载)',
  device: '车载终端IMEI(随车平板)', city: '区县(受理区域)', shop: '急救分站',
};

const HELDOUT71: Record<FieldKey, string> = {
  name: 'realname(实名认证)', gender: '性别(二要素回传)', mobile: 'bind_mobile(登录/交易通知)', landline: '企业卖家座机',
  id: 'id_card_no(实名核验)', email: '邮箱(找回密码)', address: '默认收货地址(买家)', card: '提现卡号(担保款结算)',
  balance: '钱包余额(可提现·元)', passport: '护照号码(境外卖家认证)', permit: '来往内地通行证号(港澳台用户)', fpid: '外国人永居证号(实名)',
  plate: '号牌(二手车寄售)', lat: 'hs_lat(上门回收员)', lng: 'hs_lng(上门回收员)', ip: 'last_login_ip(风控)',
  imei: 'dfp_imei(设备指纹)', mac: 'dfp_wifi_mac(设备指纹)', idfa: 'dfp_idfa(iOS)', account: 'uname(登录账号)',
  password: 'pwd(旧库明文·待清洗)', waybill: '寄验运单号(卖家→验货中心)', birth: '出生年月日(身份证解析)',
  diagnosis: '医务室初诊', dept: '转诊科室(验货中心医务室)', visitTime: '就诊日期(医务室)', checkin: '入住时间(鉴定师差旅)',
  checkout: '离店时间(鉴定师差旅)', room: '房号(差旅)', hotel: '协议酒店(差旅平台)', guest: '入住人(出差鉴定师)',
  caller: 'ani(用户来电)', callee: 'dnis(客服外呼)', callTime: 'cdr_begin(纠纷热线)', duration: 'billsec(纠纷热线·秒)',
  overdue: '分期购逾期待还(元)', loan: '分期购本金(元)', score: '风控信用分(交易准入)', orderNo: '担保交易订单号',
  amount: '买家实付(元·含运费)', goods: '寄验物品(品类/型号)', senderName: '寄件人(卖家)', senderMobile: '寄件人手机(卖家)',
  senderAddress: '揽收地址(卖家)', receiverName: '买家收件人(验后转寄)', receiverMobile: '收货人手机(买家)', receiverAddress: '转寄地址(买家)',
  message: '会话内容(买卖家IM)', sendTime: 'im_send_ts', sender: '发消息方(昵称/实名)', company: '入驻企业卖家主体',
  uscc: '营业执照USCC(企业卖家)', hotline: '商家售后电话', sku: '质检报告SKU', product: '宝贝标题(发布)', price: '一口价(元)',
  patient: '就诊员工(验货中心)', owner: '行驶证车主(寄售车)', doc: '入住证件号(差旅)', remark: '客服/风控备注',
  created: 'gmt_create(建档)', time: 'loc_ts(回收员)', device: '回收员PDA串号(IMEI)', city: '发布城市(定位)',
  shop: '验货中心/回收网点',
};

const HELDOUT72: Record<FieldKey, string> = {
  name: '姓名(与证件一致)', gender: 'stu_gender', mobile: '学员手机(上课提醒)', landline: '住宅电话(入学登记表)',
  id: '身份证号(课程合同)', email: '考试报名邮箱(雅思/托福账号)', address: '通讯地址(教材邮寄)', card: '退费收款卡号(学员本人)',
  balance: '课时账户余额(元)', passport: '护照号码(考试报名)', permit: '港澳台证件号(回乡证/台胞证)', fpid: '外国人永居证号(外籍学员/外教)',
  plate: '车牌号(校区停车备案)', lat: 'attendLat', lng: 'attendLng', ip: 'stu_login_ip', imei: 'IMEI(学习App)',
  mac: 'MAC(学习App)', idfa: 'IDFA(学习App·iOS)', account: 'stu_login_id', password: 'stu_login_pwd',
  waybill: '快递单号(教材/成绩单)', birth: 'DOB(出生日期)', diagnosis: '医院诊断(集训营就医)', dept: '就诊科室(集训营就医)', visitTime: '就医日期(集训营)',
  checkin: '入住时间(入营报到)', checkout: '退宿时间(结营离营)', room: '宿舍号/床位', hotel: '集训营住宿点',
  guest: '住宿学员(集训营)', caller: '外呼主叫(顾问工作机)', callee: '被叫号码(意向学员)', callTime: 'start_stamp(外呼)', duration: '通话时长(秒·外呼)',
  overdue: '分期逾期金额(培训贷)', loan: '培训贷合同金额(元)', score: '培训贷准入评分', orderNo: '报名订单号(课程/教材)', amount: '实付金额(元)',
  goods: '寄件内容(教材/准考证)', senderName: '寄件人(校区教务)', senderMobile: '寄件人手机(教务)', senderAddress: '寄件地址(校区前台)',
  receiverName: '收件人(学员本人/代收)', receiverMobile: '收件手机(学员)', receiverAddress: '收件地址(学员填写)',
  message: '消息内容(班级群/在线答疑)', sendTime: '发言时间(班级群)', sender: '发言学员', company: '合作单位(考点/宿舍/分期机构)',
  uscc: '社会信用代码(合作单位)', hotline: '对接热线(合作单位)', sku: '课程编码(SKU)', product: '课程/教材名称',
  price: '课程标价(元/期)', patient: '就医学员姓名', owner: '车主(校区停车备案)', doc: '住宿登记证件号(身份证/护照)',
  remark: '学管师备注(班主任)', created: 'CRM建档时间', time: 'attendLocTime', device: 'attendDeviceImei', city: '校区城市(分公司)',
  shop: '报名校区(签约中心)',
};

const HELDOUT73: Record<FieldKey, string> = {
  name: '游客姓名(实名)', gender: 'XB(M/F)', mobile: '手机号码(购票预留)', landline: '固定电话(年卡登记表)', id: '身份证号(刷证入园)',
  email: 'Email(电子门票接收)', address: '联系地址(年卡卡片邮寄)', card: '退款卡号(手环余额原路退)', balance: '手环余额(元)',
  passport: 'Passport No.(境外游客)', permit: '港澳台居民来往内地通行证号', fpid: '永居证号(外籍年卡)', plate: 'CPHM(车牌号码)',
  lat: 'band_lat', lng: 'band_lng', ip: 'mbr_last_ip(App)', imei: 'app_imei(设备采集)', mac: 'app_mac', idfa: 'app_idfa',
  account: 'member_account', password: 'member_pwd', waybill: '物流单号(年卡/失物寄送)', birth: '出生日期(儿童/长者票核验)',
  diagnosis: '初步判断(医务室)', dept: '送诊科室(合作医院)', visitTime: '救护日期(医务室)', checkin: 'Arrival(实际入住)',
  checkout: 'Departure(实际离店)', room: 'Rm No.(度假酒店)', hotel: '度假酒店(园区内)', guest: 'Guest Name(主入住人)', caller: '主叫(游客服务热线)',
  callee: '被叫(回访外呼)', callTime: '应答时间', duration: '通话秒数(热线)', overdue: '年卡分期逾期金额', loan: '年卡分期金额(元)',
  score: '先游后付信用分', orderNo: '票务订单号(OTA/官网)', amount: '实付(元·含优惠券)', goods: '寄件物品(失物/年卡)',
  senderName: '寄件人(失物招领处)', senderMobile: '寄件联系电话(失物招领)', senderAddress: '寄件地址(游客服务中心)',
  receiverName: '收件人(失主/年卡持卡人)', receiverMobile: '回寄手机号(失主/年卡用户)', receiverAddress: '收件地址(游客填写)',
  message: '会话内容(乐园App在线客服)', sendTime: '会话时间(在线客服)', sender: '访客(在线客服)', company: '分销商名称(旅行社/OTA)',
  uscc: '分销商统一社会信用代码', hotline: '分销商服务电话', sku: '票种编码(PLU)', product: '票种/商品名称', price: '挂牌价(元/张)',
  patient: '伤病者姓名(游客/演职人员)', owner: '车主(停车年卡绑定)', doc: '入住证件号(度假酒店旅业上传)', remark: '备注(园区值班经理)',
  created: '录入时间(票务系统)', time: 'band_loc_time', device: 'band_imei(防走失手环)', city: '客源城市(购票定位)', shop: '园区/二销门店',
};

const HELDOUT74: Record<FieldKey, string> = {
  name: '雇主姓名', gender: 'xb', mobile: '联系手机(短信通知)', landline: '家庭座机(紧急联系)', id: '身份证号码(签约人)',
  email: 'E-mail(电子合同送达)', address: '服务地址(上户地址)', card: '退款账户卡号', balance: '预存服务费余额(元)',
  passport: '护照号(随雇主出境陪护)', permit: '回乡证/台胞证号(港澳台雇主)', fpid: '外籍雇主永居证号', plate: '车牌号码(接送车辆)',
  lat: 'sign_lat', lng: 'sign_lng', ip: 'client_ip(阿姨端登录)', imei: 'imei(绑定手机)', mac: 'wifi_mac(绑定手机)',
  idfa: 'idfa(雇主端iOS)', account: 'login_name(阿姨端)', password: 'login_passwd(阿姨端)', waybill: '快递单号(合同/健康证寄送)',
  birth: 'CSRQ(出生日期)', diagnosis: '既往病史/诊断(健康档案)', dept: '就诊科室(陪诊)', visitTime: '陪诊就医日期',
  checkin: '入住时间(阿姨之家)', checkout: '离宿时间(阿姨之家)', room: '床位号', hotel: '住宿点(阿姨之家/协议酒店)',
  guest: '入住阿姨姓名', caller: 'caller_no(400来电)', callee: 'called_no(坐席转接)', callTime: 'ring_time(400热线)',
  duration: 'talk_sec(通话秒数)', overdue: '服务费分期逾期金额(元)', loan: '服务费分期总额(元)', score: '授信分(服务费分期)',
  orderNo: '服务订单号(派单)', amount: '订单金额(元)', goods: '寄件内容', senderName: '寄件人(门店督导)',
  senderMobile: '寄件人电话(门店)', senderAddress: '寄件地址(门店)', receiverName: '收件人(雇主/阿姨)', receiverMobile: '收件手机(签收短信)',
  receiverAddress: '收件地址(上户地址/宿舍)', message: '护理日志留言内容', sendTime: '留言时间(家属群)', sender: '留言人(家属/护理员)',
  company: '合作机构名称(保险/体检/背调)', uscc: '统一社会信用代码(合作机构)', hotline: '机构服务电话', sku: '项目编码(服务/耗材)',
  product: '服务套餐/耗材名称', price: '标准价(元/月·元/件)', patient: '被照护长者姓名', owner: '所有人(行驶证·接送车)',
  doc: '证件号码(入住登记)', remark: '督导回访备注', created: 'lrsj(录入时间)', time: 'sign_time(上户打卡)',
  device: 'sign_imei(打卡手机)', city: '服务城市(分公司)', shop: '所属门店(服务网点)',
};

const HELDOUT75: Record<FieldKey, string> = {
  name: '主申请人姓名', gender: 'SQRXB(申请人性别)', mobile: '联系手机(摇号短信通知)', landline: '单位固话(在职证明)',
  id: '主申请人公民身份号码', email: '电子邮箱(资格审核告知)', address: '现居住地址(本市无自有住房)', card: '租金代扣账号(承租人本人)',
  balance: '预存租金余额(元)', passport: '护照号码(留学归国人才)', permit: '港澳台居民证件号(通行证/居住证)', fpid: '外国人永居证号(外籍高层次人才)',
  plate: '名下车辆号牌(车管所核查)', lat: 'xcy_lat', lng: 'xcy_lng', ip: 'last_visit_ip(住房服务平台)', imei: '绑定手机IMEI(智慧门禁App)',
  mac: 'WIFI_MAC(智慧门禁App)', idfa: 'IDFA(智慧门禁App·iOS)', account: 'user_acct(住房服务平台)', password: 'user_passwd',
  waybill: '邮寄单号(租赁合同寄送)', birth: 'CSRQ(家庭成员)', diagnosis: '疾病诊断(优先配租医疗证明)', dept: '出具证明科室', visitTime: '诊断日期(医疗证明)',
  checkin: '入住登记时间(人才驿站)', checkout: '离站日期(人才驿站)', room: '驿站房号', hotel: '青年人才驿站(合作酒店)',
  guest: '驿站入住人(来本市求职)', caller: 'CALLING_NO(催缴外呼)', callee: 'CALLED_NO(承租人)', callTime: 'ANSWER_TIME(催缴外呼)', duration: 'TALK_LEN(秒)',
  overdue: '累计欠缴租金(元)', loan: '欠租分期协议金额(元)', score: '诚信租住分(信用档案)', orderNo: '商城订单号(拎包入住)', amount: '应付金额(含运费·元)',
  goods: '寄送材料(合同/入住通知书/门禁卡)', senderName: '寄件经办人(配租科)', senderMobile: '配租科经办电话', senderAddress: '寄件地址(中心服务大厅)',
  receiverName: '收件承租人', receiverMobile: '承租人收件手机', receiverAddress: '合同寄达地址',
  message: '留言内容(在线咨询)', sendTime: '留言提交时间(平台)', sender: '咨询人(实名)', company: '整租单位名称(人才公寓)',
  uscc: '整租单位统一社会信用代码', hotline: '整租单位对外热线', sku: 'spbm(商品编码)', product: '商品名称(拎包入住商城)',
  price: '标价(元/件)', patient: '患病家庭成员(大病优先配租)', owner: '车辆所有人(财产核查)', doc: '驿站登记证件号码',
  remark: '审核意见/备注', created: 'CJSJ(档案创建)', time: 'xcy_loc_time', device: '巡查终端IMEI(入户核查)', city: '房源所属区县',
  shop: '服务网点(片区管理处)',
};

const HELDOUT76: Record<FieldKey, string> = {
  name: '浆员姓名(JYXM)', gender: 'jyxb', mobile: '手机号码(预约/召回短信)', landline: '家庭电话(固话)', id: 'SFZH(二代证读卡)',
  email: 'email(小程序注册)', address: '户籍地址(划定采浆区域)', card: '营养费发放卡号(本人一类卡)', balance: '补贴账户余额(元)',
  passport: '护照号(境外旅居史申报)', permit: '港澳台通行证号(旅居史)', fpid: '外国人永居证号(外籍审计专家)', plate: '接送车号牌',
  lat: 'gps_wd', lng: 'gps_jd', ip: 'login_ip(浆员App)', imei: 'IMEI(献浆预约App)', mac: 'MAC(献浆预约App)', idfa: 'IDFA(iOS·预约App)',
  account: 'czydm(操作员代码)', password: 'czykl(操作员口令)', waybill: '冷链运单号(样本寄检)', birth: '出生年月日(身份证)',
  diagnosis: '体检结论/淘汰原因', dept: '检查岗位(体检室/化验室)', visitTime: '体检日期(初筛)', checkin: '入住时间(协议宾馆)',
  checkout: '离店时间(协议宾馆)', room: '宾馆房号', hotel: '协议宾馆(远途浆员)', guest: '住宿浆员', caller: '外呼主叫(召回)',
  callee: '被叫浆员号码', callTime: '呼叫时间(召回外呼)', duration: '召回通话时长(s)', overdue: '未抵扣预支款(元)', loan: '预支营养费总额(元)',
  score: '浆员信用分(爽约/冒名记录)', orderNo: '兑换单号(积分商城)', amount: '运费/实付金额(元)', goods: '寄检物品(留样血清/供浆证)',
  senderName: '寄件人(浆站质控员)', senderMobile: '寄件人手机(浆站)', senderAddress: '寄件地址(浆站)', receiverName: '收件人(检验中心/兑换浆员)',
  receiverMobile: '收件人手机(到件短信)', receiverAddress: '收件地址(检验中心/浆员家)', message: '留言内容(浆员服务号)', sendTime: '留言时间(服务号)',
  sender: '留言浆员', company: '供应商名称(耗材/冷链)', uscc: 'USCC(供应商)', hotline: '供应商售后热线(400)', sku: '物料编码(ERP)',
  product: '商品/物料名称', price: '单价(元·积分商城/采购)', patient: '受检浆员', owner: '接送车所有人(行驶证登记)', doc: '登记证件号(宾馆住宿)',
  remark: '质控备注', created: 'djsj(建档时间)', time: 'gps_dwsj(定位时间)', device: '车载终端IMEI(接送车)', city: '采浆区域(县/区)',
  shop: '所属浆站',
};

const HELDOUT77: Record<FieldKey, string> = {
  name: '债务人姓名(委案)', gender: 'ZWR_XB', mobile: '本人手机(委案预留)', landline: '单位固话(委方提供)', id: '证件号码(二代证)',
  email: '注册邮箱(借款APP)', address: '户籍/现住址(外访地址)', card: '还款银行卡号(代扣绑卡)', balance: '绑卡账户余额(元)',
  passport: '护照号码(出境核查)', permit: '往来港澳通行证(委方资料)', fpid: '外籍永居证号(委方资料)', plate: '名下车牌(车辆线索)',
  lat: 'visitLat', lng: 'visitLng', ip: 'last_login_ip(作业平台)', imei: '进件设备IMEI', mac: '进件设备MAC', idfa: '进件设备IDFA(iOS)',
  account: 'collector_code(坐席工号)', password: 'collector_pwd', waybill: '律师函快递单号', birth: 'CSRQ(证件解析)',
  diagnosis: '疾病诊断(停催减免申请)', dept: '就诊科室(病历资料)', visitTime: '就诊日期(病历资料)', checkin: '入住时间(外访差旅)',
  checkout: '离店时间(外访差旅)', room: '差旅房间号(外访)', hotel: '协议酒店(外访差旅)', guest: '外访员(入住人)', caller: 'DISPLAY_NO(外显小号)',
  callee: 'DEST_NO(债务人/联系人)', callTime: 'DIAL_TIME', duration: 'BILL_SEC(接通计费秒)', overdue: '逾期天数(DPD)', loan: '合同借款本金(元)',
  score: 'B卡评分(委方)', orderNo: '借款订单号(委方)', amount: 'JE(元)', goods: '寄送文书(律师函/催告函)', senderName: '寄件人(法务专员)',
  senderMobile: '寄件人电话(法务)', senderAddress: '寄件地址(调解中心)', receiverName: '受送达人(债务人)', receiverMobile: '收件人手机(债务人)',
  receiverAddress: '文书送达地址', message: '上行短信内容', sendTime: '上行时间', sender: '回复人(匹配案件)', company: '委托方(放款机构)',
  uscc: '委托方统一社会信用代码', hotline: '委托方客服热线', sku: '分期商品编码', product: '分期商品', price: '商品单价(元)',
  patient: '患病人(停催申请)', owner: '车辆登记所有人', doc: '入住人证件号(外访员)', remark: '催记', created: '案件导入时间', time: 'locTime',
  device: 'visitDeviceImei', city: '分案城市', shop: '分期商户门店',
};

const HELDOUT78: Record<FieldKey, string> = {
  name: '承租人姓名(实名)', gender: 'jsz_xb', mobile: 'member_mobile', landline: '单位座机(企业月结)', id: '身份证号码(人脸核身)',
  email: '发票接收邮箱(租车App)', address: '驾驶证登记住址', card: '预授权信用卡号', balance: '租车钱包余额(元)',
  passport: '护照号码(境外驾照认证)', permit: '回乡证/台胞证号码(港澳台承租人)', fpid: '永居证号(外籍承租人)', plate: '托管车号牌',
  lat: 'tbox_lat', lng: 'tbox_lng', ip: 'order_client_ip', imei: 'risk_device_imei', mac: 'risk_wifi_mac', idfa: 'risk_idfa',
  account: 'member_login_name', password: 'member_login_pwd', waybill: '快递单号(遗留物寄回)', birth: 'jsz_csrq',
  diagnosis: '伤情诊断(出险人伤)', dept: '就诊科室(出险人伤)', visitTime: '就诊日期(出险后)', checkin: '套餐入住日期',
  checkout: '套餐离店日期', room: '房间号(自驾套餐)', hotel: '合作酒店(自驾套餐)', guest: '入住人(自驾套餐)',
  caller: '工作手机号(门店主叫)', callee: '客户号码(被叫)', callTime: '拨出时间', duration: '通话时长(秒·工作手机)',
  overdue: '待追缴车损/违章款(元)', loan: '长租分期本金(元)', score: '芝麻分(免押评估)', orderNo: '租车订单号', amount: '订单结算金额(元)',
  goods: '寄回物品(车内遗留)', senderName: '寄件门店员', senderMobile: '门店寄件电话', senderAddress: '寄出门店地址(遗留物)',
  receiverName: '收件人(承租人)', receiverMobile: '收件人联系手机', receiverAddress: '收件地址(承租人填写)',
  message: '咨询内容(App在线客服)', sendTime: '客服消息时间', sender: '发送人(会员昵称/实名)', company: '合作维修厂',
  uscc: '维修厂USCC', hotline: '维修厂服务电话', sku: '增值服务编码', product: '增值服务/商品名称', price: '单价(元/天)',
  patient: '出险伤者姓名', owner: '托管车主(行驶证所有人)', doc: '入住证件号码(自驾套餐)', remark: '门店备注',
  created: 'create_time(订单创建)', time: 'tbox_gps_time', device: 'tbox_imei', city: '取车城市', shop: '取车门店',
};

const HELDOUT79: Record<FieldKey, string> = {
  name: '宝宝姓名(报名表)', gender: 'baby_gender', mobile: '监护人手机(第一联系人)', landline: '家中固话(备用联系人)',
  id: '身份证件号(学籍系统)', email: 'Parent E-mail(成长档案推送)', address: '现住址(校车接送点)', card: '保教费代扣卡号',
  balance: '预交保教费余额(元)', passport: '中国护照号(海外出生幼儿)', permit: '港澳台侨外·来往内地通行证号',
  fpid: '外籍监护人永居身份证号', plate: '接送车辆车牌(门禁备案)', lat: 'XC_WD', lng: 'XC_JD', ip: 'jzLoginIp',
  imei: 'IMEI(看宝宝直播终端)', mac: 'MAC(看宝宝直播终端)', idfa: 'IDFA(看宝宝直播终端·iOS)', account: 'jzLoginName',
  password: 'jzLoginPwd', waybill: '快递单号(园服/绘本寄送)', birth: '出生日期(户口本)', diagnosis: '保健医初步诊断(晨午检)',
  dept: '转诊科室(妇幼保健院)', visitTime: '体检/转诊日期', checkin: '亲子营到店入住', checkout: '亲子营离店',
  room: '房号(亲子营)', hotel: '亲子营协议酒店', guest: '入住家庭代表(亲子营)', caller: 'ZJHM(招生外呼)', callee: 'BJHM(意向家长)',
  callTime: 'HJKSSJ', duration: 'THSC_S(计费秒)', overdue: '托育费分期逾期未还(元)', loan: '托育费分期本金(元)',
  score: '分期准入评分(合作机构)', orderNo: '缴费单号(保教费/早教课包)', amount: '本次实缴(元)', goods: '寄送物品(园服/绘本)',
  senderName: '寄件老师', senderMobile: '寄件老师手机', senderAddress: '寄出园区地址', receiverName: '收件人(宝宝家长)',
  receiverMobile: '收件人手机(家长端)', receiverAddress: '收货地址(家长端填写)', message: '家园沟通留言内容', sendTime: '留言提交时间(家园共育)',
  sender: '留言家长(宝宝家长)', company: '合作供应商(食材/教玩具)', uscc: '供应商社会信用代码', hotline: '供应商400售后',
  sku: 'Item Code(早教中心)', product: 'Class Package / 商品', price: 'Unit Price (RMB)', patient: '就诊幼儿(保健室登记)',
  owner: '接送车辆所有人', doc: '住宿登记证件号(亲子营)', remark: '主班老师备注', created: '建档时间(招生系统)', time: 'XC_DWSJ',
  device: 'XC_ZDIMEI', city: '园区所在城市', shop: '所属园区/早教中心',
};

const HELDOUT80: Record<FieldKey, string> = {
  name: 'AppntName', gender: 'AppntSex', mobile: '手机号(投保预留)', landline: '家庭固话(回访备用)', id: 'AppntIDNo',
  email: '电子保单接收邮箱', address: '联系地址(纸质保单寄送)', card: '理赔款收款账号', balance: '健康金账户余额(元)',
  passport: '护照号码(境外就医直付)', permit: '港澳台居民来往内地通行证号(投保人)', fpid: '外国人永居证号(被保人)',
  plate: '名下车辆号牌(财务核保)', lat: 'dcy_wd', lng: 'dcy_jd', ip: 'LastLoginIP', imei: '回溯设备IMEI(投保页)',
  mac: 'Wi-Fi MAC(投保回溯)', idfa: 'iOS IDFA(投保回溯)', account: 'BrokerCode(展业工号)', password: 'LoginPwd(展业App)',
  waybill: 'LogisticCode', birth: 'AppntBirthday', diagnosis: '疾病诊断(ICD-10)', dept: '就诊科室(按发票)',
  visitTime: '出险就诊日期', checkin: '绿通入住日期', checkout: '绿通离店日期', room: '陪诊住宿房号', hotel: '协议酒店(异地就医)',
  guest: '入住人(患者/陪护家属)', caller: 'CallerNo', callee: 'CalleeNo', callTime: 'CallBeginTime', duration: 'TalkSeconds',
  overdue: '保费分期逾期额(元)', loan: '保费分期本金(元)', score: '分期准入评分', orderNo: '投保单号(ProposalNo)',
  amount: '费用金额(元)', goods: 'Commodity.GoodsName', senderName: 'Sender.Name', senderMobile: 'Sender.Mobile',
  senderAddress: 'Sender.Address', receiverName: 'Receiver.Name', receiverMobile: 'Receiver.Mobile',
  receiverAddress: 'Receiver.Address', message: '会话内容(在线理赔)', sendTime: '消息发送时间(IM)', sender: '访客(客户昵称)',
  company: '承保保险公司', uscc: '保司统一社会信用代码', hotline: '保司全国客服热线', sku: '险种代码(RiskCode)',
  product: '产品名称(条款全称)', price: '首期保费(元/年)', patient: '出险人(被保险人)', owner: '车辆所有人(财务问卷)',
  doc: '入住人证件号(绿通)', remark: '理赔员备注', created: 'MakeDate', time: 'dcy_dwsj', device: '调查员终端IMEI',
  city: '服务城市(体检/绿通)', shop: '体检机构门店',
};

const HELDOUT81: Record<FieldKey, string> = {
  name: '购票人(实名)', gender: 'CCRXB', mobile: '购票手机号', landline: '联系固话(团体购票)', id: '乘车人证件号(二代证验票)',
  email: '电子客票接收邮箱', address: '常住地址(定制客运上车点)', card: 'refund_card_no(退票原路退回)', balance: '畅行储值卡余额(元)',
  passport: '护照号码(境外旅客实名)', permit: '往来内地通行证号(港澳台旅客)', fpid: '外国人永居证号(实名购票)', plate: '营运客车号牌(挂靠)',
  lat: 'WD(北斗)', lng: 'JD(北斗)', ip: 'DLIP(售票终端)', imei: '购票App终端IMEI(设备指纹)', mac: 'gp_app_wifi_mac', idfa: 'app_idfa(iOS购票端)',
  account: 'SPYGH(售票员工号)', password: 'SPYKL(售票口令)', waybill: '小件快运单号', birth: 'ccr_csrq',
  diagnosis: '体检结论(驾驶员岗前)', dept: '岗前体检科室', visitTime: '岗前体检日期', checkin: '入住时间(驾乘公寓)', checkout: '退宿时间(驾乘公寓)',
  room: '公寓房号', hotel: '异地驻点宾馆', guest: '过夜驾乘人员', caller: '调度台主叫号码', callee: '被叫(驾驶员手机)',
  callTime: '调度呼叫起始时刻', duration: '通话秒数(调度录音)', overdue: '欠缴承包费(元)', loan: '车辆分期本金(挂靠经营)',
  score: '驾驶员诚信考核分', orderNo: 'ticket_order_no', amount: '实收运费/票款(元)', goods: '托运物品名称', senderName: '托运人(小件快运)',
  senderMobile: '托运人联系电话(TYRDH)', senderAddress: '托运人地址(上门揽收)', receiverName: '收货人(到站自提)', receiverMobile: '收货人电话',
  receiverAddress: '收货地址(送货上门)', message: '留言内容(定制客运)', sendTime: '乘客留言时间', sender: '留言乘客',
  company: '联营承运企业', uscc: '承运企业信用代码', hotline: '承运企业服务电话', sku: 'bc_code(班次编码)', product: '票种/产品名称',
  price: '全价票价(元)', patient: '受检驾驶员', owner: '挂靠车主(行驶证所有人·客车)', doc: '住宿登记证件号(驾乘)', remark: '站务备注', created: 'CJSJ(售票建档)',
  time: 'GNSS定位时间', device: '车载终端IMEI', city: '始发城市', shop: '售票点(代售网点)',
};

const HELDOUT82: Record<FieldKey, string> = {
  name: 'artif_nm(法人姓名)', gender: 'FRXB(法人性别)', mobile: '预留手机号(短信验证)', landline: '经营场所固定电话', id: 'certif_id',
  email: '对账单邮箱(T+1推送)', address: '法人住址(身份证OCR)', card: 'acnt_no(结算账号)', balance: '可提现余额(D0,元)',
  passport: '法人护照号', permit: '港澳台法人通行证号码', fpid: '外籍法人永居证号', plate: '名下车牌号(商户贷尽调)',
  lat: 'pos_lat', lng: 'pos_lng', ip: 'last_login_ip(代理商后台)', imei: '商户通App设备IMEI', mac: 'wifi_mac(商户通)',
  idfa: 'IDFA(商户通iOS端)', account: '操作员登录名', password: '操作员密码(初始)', waybill: '机具寄送单号', birth: '法人出生日期',
  diagnosis: '诊断(诊所SaaS回传)', dept: '诊疗科室(诊间付)', visitTime: '就诊日期(诊间付)', checkin: '入住日期(BD差旅)',
  checkout: '离店日期(BD差旅)', room: '房号(差旅报销)', hotel: '入住酒店(差旅)', guest: '出差入住人', caller: '拓展员工作手机(主叫)',
  callee: '商户法人手机(被叫)', callTime: '拨打时间(回访)', duration: '通话时长(秒,回访)', overdue: '商户贷逾期本息(元)',
  loan: '商户贷放款金额(元)', score: '商户风险评分(0-1000)', orderNo: 'mch_order_no', amount: '交易金额(元)', goods: '寄送机具型号',
  senderName: '发货人(机具仓)', senderMobile: '发货人联系电话(机具仓)', senderAddress: '发货地址(机具总仓)',
  receiverName: '收机人(商户联系人)', receiverMobile: '收机人手机', receiverAddress: '收机地址(装机地址)',
  message: '会话内容(商户客服)', sendTime: 'im_msg_ts', sender: '商户联系人(会话)', company: '服务商名称(一级代理)',
  uscc: '服务商统一社会信用代码', hotline: '服务商售后热线', sku: '物料编码(SAP)', product: '物料名称(机具/码牌)', price: '物料单价(元)',
  patient: '就诊人(诊间付)', owner: '车辆所有人(尽调)', doc: '入住人证件号(差旅)', remark: '风控备注', created: 'rec_crt_ts',
  time: 'lbs_rpt_time', device: '终端IMEI(移机监控)', city: '商户所在市', shop: '门店简称(签购单抬头)',
};

const HELDOUT83: Record<FieldKey, string> = {
  name: '建档人姓名(慢病档案)', gender: 'XBMC(性别名称)', mobile: '手机号码(随访短信)', landline: '家庭座机(电话随访备用)',
  id: '身份证号(医保电子凭证核验)', email: '检测报告推送邮箱', address: '现住址(送药上门)', card: '药费代扣银行卡(bind_card_no)',
  balance: '预存药费余额(元)', passport: '护照号(境外复诊患者)', permit: '港澳台来往内地证件号(就诊人)', fpid: '永居证号码(外籍就诊人)',
  plate: '冷链送药车牌号', lat: 'loc_lat(GCJ-02)', lng: 'loc_lng(GCJ-02)', ip: 'last_login_ip(医生工作站)', imei: '血糖仪IMEI(4G直传)',
  mac: '血压计蓝牙MAC', idfa: '患者端IDFA(iOS)', account: 'doctorLoginName', password: 'doctorLoginPwd', waybill: '送药运单号(同城/快递)',
  birth: 'birth_date(建档登记)', diagnosis: '诊断名称(复诊续方)', dept: '问诊科室(线上)', visitTime: '问诊日期', checkin: '入营报到时间',
  checkout: '结营离店时间', room: '营地房间号', hotel: '控糖营驻地酒店', guest: '控糖营学员', caller: '随访外呼主叫号码',
  callee: 'called_number(患者手机)', callTime: 'answer_time(随访接通)', duration: 'billsec(随访通话秒数)', overdue: '先诊后付逾期金额(元)',
  loan: '医疗分期借款金额(元)', score: '信用就医评分(先诊后付)', orderNo: 'rx_order_no', amount: '药费实付(元)', goods: '药品名称/规格(处方明细)',
  senderName: '发药药师', senderMobile: '药房发货电话', senderAddress: '发货仓地址(中心药房)', receiverName: '收药人(用药人或代收)',
  receiverMobile: '收药人联系电话', receiverAddress: '收药地址', message: '图文问诊内容', sendTime: 'msgTimestamp(发送时间)', sender: '发送方(患者/家属)',
  company: '合作药企/器械厂商', uscc: '厂商统一社会信用代码(资质)', hotline: '厂商售后服务热线', sku: 'yb_drug_code(医保药品编码)',
  product: '商品名(药品/器械)', price: '零售价(元/盒·支)', patient: '就诊人姓名(问诊单)', owner: '车辆所有人(冷链车备案)', doc: '学员证件号码',
  remark: '健康管理师备注', created: 'gmt_create(建档时间)', time: 'loc_time(定位时间)', device: '血压手表IMEI(定位款)', city: '送药城市',
  shop: '承接药店(O2O)',
};

const HELDOUT84: Record<FieldKey, string> = {
  name: 'stu_xm', gender: '性别(学籍)', mobile: '本人手机(学工)', landline: '家长座机(紧急联系人)', id: 'SFZH(身份证号)',
  email: '校园邮箱/QQ邮箱', address: 'TXDZ(通讯地址)', card: '圈存绑定银行卡号', balance: '电子钱包余额(元)',
  passport: '护照号码(境外顶岗/研修)', permit: '港澳台学生通行证号', fpid: '留学生永居证号', plate: '备案车牌(校园道闸)',
  lat: 'sxqd_wd', lng: 'sxqd_jd', ip: '最近登录IP(统一身份认证)', imei: '绑定手机IMEI(智慧校园App)', mac: '无线网卡MAC(校园网准入)',
  idfa: 'IDFA(iOS客户端)', account: '学工号(统一身份认证)', password: 'CAS密码(初始/重置)', waybill: 'EMS机要单号',
  birth: 'CSRQ(学籍)', diagnosis: '初步诊断(校医务室)', dept: '就诊诊室', visitTime: '就诊日期(校医务室)',
  checkin: '入住日期(集训)', checkout: '退房日期(集训)', room: '集训住宿房号', hotel: '集训住宿酒店', guest: '集训选手姓名',
  caller: 'CALLING_NBR(辅导员V网)', callee: 'CALLED_NBR(学生/家长)', callTime: 'START_TIME(通话开始)', duration: 'CALL_DURATION(秒)',
  overdue: '助贷逾期本息(元)', loan: '生源地助学贷款合同金额(元)', score: '资助诚信积分', orderNo: '交易流水号(一卡通)',
  amount: '交易额(元)', goods: '寄递内容(档案/证书)', senderName: '寄件经办人(招就处)', senderMobile: '经办老师手机(寄件)',
  senderAddress: '寄出地址(学院招就处)', receiverName: '收件人姓名(寄递/配送)', receiverMobile: '收件人手机(寄递/配送)',
  receiverAddress: '收件地址(档案接收单位/宿舍楼)', message: '留言正文(辅导员信箱)', sendTime: '提交时间(信箱)', sender: '留言学生',
  company: '实习单位(校企合作)', uscc: '实习单位统一信用代码', hotline: '实习单位对外热线', sku: '菜品/商品编码(POS)',
  product: '菜品/商品名称', price: '标价(元/份)', patient: '就诊学生(刷卡挂号)', owner: '车辆所有人(通行备案)',
  doc: '住宿登记证件号(集训)', remark: '宿管/辅导员备注', created: '建档时间(学工系统)', time: 'sxqd_sj', device: 'sxqd_imei',
  city: '校区所在市', shop: '商户/档口(一卡通商户)',
};

const HELDOUT85: Record<FieldKey, string> = {
  name: 'HYXM(会员姓名)', gender: 'hyxb', mobile: '手机号码(会籍登记)', landline: '紧急联系座机(PAR-Q附表)',
  id: '身份证号(实名入会/人脸建档)', email: 'e签宝合同推送邮箱', address: '常住地址(合同送达)', card: '月付会费代扣卡号',
  balance: '储值余额(元,含赠送)', passport: 'passport_no(境外会员)', permit: '回乡证/台胞证号(港澳台会员)', fpid: '外国人永居证号(入会核验)',
  plate: '会员车牌(免费停车2h)', lat: 'gps_lat(跑课)', lng: 'gps_lng(跑课)', ip: 'last_login_ip(会员小程序)',
  imei: '开门手机IMEI(蓝牙闸机)', mac: '手机蓝牙MAC(开门绑定)', idfa: 'IDFA(iOS开门)', account: '小程序登录账号',
  password: '登录密码(未加密旧库)', waybill: '礼包快递单号', birth: 'hy_csrq', diagnosis: 'PAR-Q既往病史',
  dept: '建议就诊科室(体测转介)', visitTime: '体测日期(InBody)', checkin: '入营时间(减脂营)', checkout: '离营时间(减脂营)',
  room: '营期房号', hotel: '减脂营驻地酒店', guest: '入营学员姓名', caller: '会籍外呼号码', callee: '潜客号码(被叫)',
  callTime: 'call_start(会籍外呼)', duration: 'talkSec(接通后)', overdue: '私教分期逾期额(元)', loan: '私教课分期本金(元)',
  score: '分期授信分(合作机构)', orderNo: '收银单号(POS/小程序)', amount: '实收(元)/课包核销', goods: '寄送物品(入会礼包/补剂)',
  senderName: '发货人(总部仓)', senderMobile: '总部仓发货电话', senderAddress: '总部仓地址(发货)', receiverName: '收礼包会员',
  receiverMobile: '收货人手机(礼包)', receiverAddress: '礼包收货地址', message: '私教私信内容', sendTime: '私信发送时间',
  sender: '发信学员', company: '器械/补剂供应商', uscc: '供应商统一社会信用代码(USCC)', hotline: '器械报修热线(供应商)',
  sku: '课包/商品SKU', product: '课包/商品名称', price: '门店标价(元/节·件)', patient: '受测会员(体测报告)', owner: '车主(会员停车备案)',
  doc: '入营登记证件号', remark: '会籍顾问备注', created: '合同录入时间', time: 'gps_time(跑课)', device: '手环IMEI(户外跑课)',
  city: '门店所在城市(区域)', shop: '所属门店(会籍归属)',
};

const HELDOUT86: Record<FieldKey, string> = {
  name: '机主姓名(实名登记)', gender: 'CERT_SEX(读卡性别)', mobile: 'ACC_NBR(服务号码)', landline: '装机联系固话',
  id: '证件号码(二代证读卡)', email: '月结电子账单推送邮箱', address: '证件地址(读卡器)', card: '托收银行账号(话费代扣)',
  balance: '实时话费余额(元)', passport: '护照号码(境外人员入网)', permit: '港澳台居民来往内地通行证(入网)',
  fpid: '外国人永居证号码(五星卡入网)', plate: '车牌号(车载物联卡登记)', lat: 'LBS_LAT(基站+GPS)', lng: 'LBS_LNG(基站+GPS)',
  ip: '最近登录IP(网厅/掌厅)', imei: '终端串号IMEI(合约机)', mac: 'ONU_MAC(光猫)', idfa: 'IDFA(掌厅iOS客户端)',
  account: '掌厅登录账号', password: '服务密码(6位)', waybill: '号卡配送物流单号', birth: '出生日期(证件信息)',
  diagnosis: '体检结论(员工年度体检)', dept: '检查科室(员工体检)', visitTime: '体检日期(员工)', checkin: '入住时间(外派支撑)',
  checkout: '离店时间(外派支撑)', room: '房间号(协议酒店·外派)', hotel: '协议酒店(县公司差旅)', guest: '入住员工(外派支撑)',
  caller: '外呼主叫号码(催缴)', callee: '被叫号码(欠费用户)', callTime: '外呼开始时间', duration: 'TALK_SEC(外呼通话秒数)',
  overdue: '终端分期逾期金额(元)', loan: '终端分期本金(元)', score: '信用购机评分', orderNo: 'CRM受理单号',
  amount: '实收(元,含预存话费)', goods: '配送物品(号卡/终端)', senderName: '发货人(县公司终端库)', senderMobile: '库管联系电话',
  senderAddress: '发货地址(县公司终端库房)', receiverName: '收货人(送卡上门)', receiverMobile: '收货人手机号(配送)',
  receiverAddress: '配送地址(送卡/送机上门)', message: '留言内容(掌厅在线客服)', sendTime: '留言时间(在线客服)',
  sender: '留言用户(掌厅)', company: '代理商名称(社会渠道)', uscc: '代理商统一社会信用代码', hotline: '代理商售后电话',
  sku: '终端物料编码(ERP)', product: '终端型号/套餐名称', price: '裸机售价(元)', patient: '受检员工', owner: '车主(物联卡实名)',
  doc: '入住证件号(外派支撑)', remark: '营业员备注', created: '受理时间(CRM)', time: '定位时间(看护终端)',
  device: '看护终端IMEI(儿童/老人手表)', city: '号码归属地市', shop: '受理营业厅(县分公司)',
};

const HELDOUT87: Record<FieldKey, string> = {
  name: '当事人名称(自然人)', gender: 'XB(当事人)', mobile: '手机号码(短信送达)', landline: '固定电话(送达地址确认书)',
  id: 'ZJHM(公民身份号码)', email: '电子送达邮箱(同意电子送达)', address: '送达地址(地址确认书填写)',
  card: '被执行人银行账号(网络查控)', balance: '账户余额(查控反馈,元)', passport: '护照号码(限制出境)',
  permit: '往来内地通行证号(涉港澳台当事人)', fpid: '外国人永居证号码(涉外当事人)', plate: '号牌号码(车辆查控)',
  lat: 'WD(外勤送达定位)', lng: 'JD(外勤送达定位)', ip: 'DLIP(律师服务平台)', imei: '终端IMEI(移动微法院绑定)',
  mac: '终端MAC(电子签收)', idfa: 'IDFA(iOS签收端)', account: 'LSZH(律师服务平台账号)', password: 'LSMM(律师服务平台密码)',
  waybill: 'EMS法院专递邮件号', birth: 'CSRQ(当事人)', diagnosis: '出院诊断(病历摘录)', dept: '住院科室(病历摘录)',
  visitTime: '入院日期(伤情材料)', checkin: 'RZSJ(公安住宿反馈)', checkout: 'TFSJ(公安住宿反馈)', room: '房间号(住宿反馈)',
  hotel: '旅馆名称(住宿反馈)', guest: '被查询人(住宿记录)', caller: '调解员外呼号码', callee: '被叫号码(当事人)',
  callTime: '呼叫开始时间(诉前调解)', duration: '通话时长(秒,诉前调解)', overdue: '逾期本息(诉请,元)',
  loan: '借款本金(起诉状,元)', score: '行内信用评分(批量立案清单)', orderNo: 'JKDH(诉讼费缴款单号)', amount: 'JFJE(缴费金额,元)',
  goods: '送达文书(邮件内件)', senderName: '寄件人(书记员)', senderMobile: '寄件人电话(书记员)',
  senderAddress: '寄件地址(诉讼服务中心)', receiverName: '受送达人', receiverMobile: '受送达人电话(法院专递)',
  receiverAddress: '受送达人地址(法院专递)', message: '留言内容(12368)', sendTime: '留言时间(12368)', sender: '留言人(12368)',
  company: '特邀调解组织/律所名称', uscc: '统一社会信用代码(特邀调解名册)', hotline: '机构咨询电话(名册公示)',
  sku: '收费项目编码(非税)', product: '收费项目名称(非税)', price: '收费标准(元/件)', patient: '伤者姓名(人身损害赔偿)',
  owner: '机动车所有人(查控反馈)', doc: '住宿登记证件号(公安反馈)', remark: '承办人备注', created: 'DJSJ(登记时间)',
  time: 'DWSJ(送达定位时间)', device: '执法记录仪IMEI(外勤送达)', city: '所在县(市、区)', shop: '立案窗口/派出法庭',
};

const HELDOUT88: Record<FieldKey, string> = {
  name: 'AAC003(参保人姓名)', gender: 'AAC004(性别,1男2女)', mobile: 'AAE005(手机号码)', landline: '固定电话(参保登记表)',
  id: 'AAC002(社会保障号码)', email: '电子邮箱(社保卡线上申领)', address: 'AAE006(居住地址)',
  card: '养老金发放账号(社保卡银行账户)', balance: '个人账户累计储存额(元)', passport: '护照号码(境外待遇领取资格认证)',
  permit: '来往内地通行证号码(港澳台就业参保)', fpid: '外国人永久居留身份证号码(参保登记)',
  plate: '营运车辆号牌(新就业形态职业伤害保障)', lat: 'DKWD(公益岗打卡纬度)', lng: 'DKJD(公益岗打卡经度)',
  ip: 'loginIp(单位网厅)', imei: 'deviceImei(电子社保卡签发)', mac: 'deviceMac(电子社保卡签发)', idfa: 'idfa(掌上12333-iOS)',
  account: '经办人登录名(单位网上服务大厅)', password: 'loginPwd(单位网厅)', waybill: '社保卡邮寄EMS单号',
  birth: 'AAC006(出生日期)', diagnosis: '伤害部位及诊断(工伤认定申请表)', dept: '就诊科室(工伤协议医疗机构)',
  visitTime: '首次就诊日期(工伤)', checkin: '入住日期(青年驿站)', checkout: '离站日期(青年驿站)',
  room: '房间/床位号(青年驿站)', hotel: '驿站名称(合作酒店)', guest: '入住求职者(青年驿站)',
  caller: '主叫号码(12333回访外呼)', callee: '被叫号码(回访对象)', callTime: '呼叫开始时间(12333)',
  duration: '通话秒数(12333话务)', overdue: '逾期本息(元,创业担保贷款)', loan: '创业担保贷款金额(元)',
  score: '信用评分(创贷经办银行)', orderNo: '交易流水号(社保卡一卡通)', amount: 'JE(金额,元)',
  goods: '邮件内件(社保卡/证书)', senderName: '寄件人(制卡中心)', senderMobile: '寄件人电话(制卡中心)',
  senderAddress: '寄件地址(市社保卡服务中心)', receiverName: '收件人(持卡人/申领人)', receiverMobile: '收件人手机(社保卡邮寄)',
  receiverAddress: '收件地址(社保卡邮寄)', message: '咨询内容(12333在线)', sendTime: '咨询时间(12333在线)',
  sender: '咨询人(12333在线)', company: 'AAB004(单位名称)', uscc: 'AAB998(统一社会信用代码)', hotline: '招聘联系电话(参展单位)',
  sku: '商品编码(惠民商城)', product: '商品名称(惠民商城)', price: '单价(元,惠民商城)', patient: '受伤职工姓名(工伤认定)',
  owner: '车辆所有人(职业伤害保障备案)', doc: '证件号码(驿站入住登记)', remark: 'AAE013(备注)', created: 'AAE036(经办时间)',
  time: 'DKSJ(公益岗打卡时间)', device: '打卡终端IMEI(公益性岗位)', city: '参保统筹区', shop: '签约商户/受理网点',
};

const HELDOUT89: Record<FieldKey, string> = {
  name: '顾客姓名(验光档案)', gender: 'gkxb', mobile: '会员手机(积分绑定)', landline: '家庭座机(老人联系)',
  id: '身份证号(残联助听器补贴申领)', email: '验光报告接收邮箱', address: '上门验配地址(老人住址)',
  card: 'tk_bank_card(储值退款卡号)', balance: '储值卡余额(元,含赠送)', passport: '护照号(助听器全球联保登记)',
  permit: '回乡证/台胞证号码(港澳台会员)', fpid: '外籍会员永居证号码(实名登记)', plate: '会员车牌(商场停车券抵扣)',
  lat: 'fit_lat(上门验配签到)', lng: 'fit_lng(上门验配签到)', ip: 'last_login_ip(积分商城)',
  imei: '手机IMEI(助听器App绑定)', mac: '助听器蓝牙MAC(左耳机)', idfa: 'IDFA(助听器调音App·iOS)',
  account: 'mall_user(积分商城账号)', password: 'mall_pwd(积分商城密码)', waybill: '回寄运单号(维修件)',
  birth: 'csrq(会员生日礼)', diagnosis: '听力学诊断/验光结论', dept: '检查室(验光/测听)', visitTime: '检查日期(PTA/电脑验光)',
  checkin: '入住日期(巡回验配)', checkout: '离店日期(巡回验配)', room: '房号(巡回验配住宿)', hotel: '住宿酒店(巡回验配)',
  guest: '入住验配师', caller: '回访坐席号码', callee: '回访顾客号码', callTime: '回访开始时间(取镜/试戴)',
  duration: 'thsc(回访通话秒数)', overdue: '分期逾期额(元)', loan: '助听器分期本金(元)', score: '分期准入评分(合作方)',
  orderNo: '配镜/验配单号', amount: '实收(元,已抵积分)', goods: '回寄物品(维修件)', senderName: '发件人(维修中心)',
  senderMobile: '发件电话(维修中心)', senderAddress: '发件地址(维修中心)', receiverName: '回寄收件人',
  receiverMobile: '回寄收件手机', receiverAddress: '回寄收件地址', message: '咨询内容(企微客服)', sendTime: '消息时间(企微)',
  sender: '咨询顾客(企微)', company: '镜片/助听器供应商', uscc: '供应商社会信用代码(资质)', hotline: '厂家售后热线',
  sku: '商品编码(镜片/镜架/助听器)', product: '品名规格(镜片/助听器)', price: '零售价(元/副·台)', patient: '受检者(听力档案)',
  owner: '车主(停车券抵扣)', doc: '入住证件号(验配师)', remark: '验光师备注', created: 'JDSJ(建档时间)',
  time: 'fit_loc_time(外勤定位)', device: '外勤终端IMEI(上门验配)', city: '门店所属城市', shop: '验配门店',
};

const HELDOUT90: Record<FieldKey, string> = {
  name: 'real_name(实名认证)', gender: 'gender(身份证OCR)', mobile: '绑定手机号(接收取件码)', landline: '家庭固话(物业登记)',
  id: '身份证号码(实名寄递核验)', email: '电子发票邮箱(超期保管费)', address: '常用收货地址(小区+楼栋+门牌)',
  card: '免密支付绑定卡号(超期费代扣)', balance: '钱包余额(元,含充值赠送金)', passport: '护照号码(境外人员寄件实名)',
  permit: '来往内地通行证号(港澳台寄件实名)', fpid: '永居证号码(外籍寄件实名)', plate: '配送车牌(小区门岗报备)',
  lat: 'pda_lat(GCJ-02)', lng: 'pda_lng(GCJ-02)', ip: 'last_login_ip(快递员端)', imei: '登录设备IMEI(快递员APP)',
  mac: '登录设备MAC(快递员APP)', idfa: 'IDFA(快递员APP·iOS)', account: 'courier_login_id', password: 'courier_login_pwd',
  waybill: '运单号(投柜扫描)', birth: '出生日期(实名OCR)', diagnosis: '医院诊断(柜门夹伤理赔材料)', dept: '就诊科室(理赔材料)',
  visitTime: '就诊日期(理赔材料)', checkin: 'RZSJ(运维差旅)', checkout: 'LDSJ(运维差旅)', room: '房号(运维差旅)',
  hotel: '入住酒店(运维差旅报销)', guest: '入住人(区域运维工程师)', caller: 'AXB_A号码(快递员)', callee: 'AXB_B号码(收件人)',
  callTime: 'AXB通话开始时间', duration: 'AXB通话时长(s)', overdue: 'fq_yqje(驿站设备分期逾期,元)',
  loan: 'fq_bj(驿站货架/柜机分期本金,元)', score: '站长履约信用分(风控)', orderNo: '支付单号(超期费/柜机寄件)',
  amount: '实付(元,含超期费)', goods: '托寄物品名(寄件下单)', senderName: '寄件人(柜机寄件)', senderMobile: '寄件人手机号(下单)',
  senderAddress: '寄件地址(上门揽收)', receiverName: '收件人姓名(面单打印)', receiverMobile: '收件人手机(面单/取件码短信)',
  receiverAddress: '收件人详址(面单打印)', message: '投诉内容(公众号留言)', sendTime: '留言时间(公众号)', sender: '投诉住户',
  company: '快递网点名称(签约承运商)', uscc: '网点统一社会信用代码(营业执照)', hotline: '网点投诉电话', sku: '服务SKU(月卡/寄件)',
  product: '服务名称(免超期月卡/寄件)', price: '零售价(元/张·月卡)', patient: '受伤住户(柜门夹伤)', owner: '车辆所有人(配送车报备)',
  doc: '入住证件号(差旅报销)', remark: '客服备注(工单处理)', created: 'gmt_create(工单)', time: 'loc_time(PDA上报)',
  device: 'PDA终端IMEI(送货上门)', city: '运营城市(大区)', shop: '驿站/柜点名称',
};
const HELDOUT91: Record<FieldKey, string> = {
  name: '购票人姓名(实名制)', gender: 'XB(人脸建档)', mobile: '预约手机号(入园短信)', landline: '座机(家庭/单位)',
  id: 'sfzh(刷证/刷脸入园)', email: 'email(电子发票)', address: '常住地址(实名登记)', card: '退款卡号(原路退回)',
  balance: '年卡储值余额(元)', passport: '护照号码(境外游客)', permit: '通行证号(港澳台游客购票)', fpid: '永居证号码(外籍游客)',
  plate: '自驾车牌(停车预约)', lat: 'shwd(手环上报,WGS84)', lng: 'shjd(手环上报,WGS84)', ip: 'fxs_login_ip', imei: '登录设备IMEI(游客App)',
  mac: 'wifi_mac(游客App)', idfa: 'idfa(iOS)', account: 'fxs_login_name(分销商)', password: 'fxs_login_pwd',
  waybill: 'express_no(失物回寄)', birth: 'csrq(优惠票核验)', diagnosis: '伤情(救援记录)', dept: '处置点(医务室/索道救援站)',
  visitTime: '救援日期', checkin: '入住时间(团队分房)', checkout: '退房时间(团队分房)', room: '房号(团队分房)',
  hotel: '团队住宿酒店(地接)', guest: '入住团员', caller: '求救来电号码(救援热线)', callee: '受理坐席(救援指挥中心)',
  callTime: '来电时间(救援热线)', duration: '通话时长(秒,救援热线)', overdue: '先游后付逾期(元)',
  loan: '先游后付授信额度(元)', score: '信用游准入分', orderNo: '订单号(官网/OTA)', amount: '实收金额(元·含运费)',
  goods: '邮寄物品(失物/文创)', senderName: '寄件人(游客中心经办)', senderMobile: '寄件电话(游客中心)',
  senderAddress: '寄件地址(游客中心)', receiverName: '收件人(游客)', receiverMobile: '失主手机(回寄)',
  receiverAddress: '收件地址(回寄)', message: '投诉内容(在线留言)', sendTime: '留言时间(在线留言)', sender: '投诉游客姓名',
  company: '组团社名称(团队预约)', uscc: '组团社统一社会信用代码', hotline: '组团社服务热线', sku: '票种编码',
  product: '商品名称(文创/票种)', price: '门市价(元/人)', patient: '伤病游客', owner: '车辆所有人(停车预约)',
  doc: '团员证件号(分房表)', remark: '客服备注(票务)', created: 'create_time(订单)', time: 'sh_dwsj(手环定位时间)',
  device: '手环串号IMEI(儿童防走失)', city: '游客来源地(市)', shop: '文创店/售票窗口',
};

const HELDOUT92: Record<FieldKey, string> = {
  name: '机主姓名(延保登记)', gender: 'jzxb(机主性别)', mobile: '联系手机(预约上门)', landline: '报修来电固话', id: '身份证号(延保实名)',
  email: '电子保修卡接收邮箱', address: '服务地址(上门维修/安装)', card: '扣款卡号(延保月付)', balance: '延保权益金余额(元)',
  passport: '护照号(国际联保送修)', permit: '港澳台居民来往内地通行证(送修实名)', fpid: '外国人永居证号(送修实名)',
  plate: '私车公用车牌(工程师)', lat: 'arrive_lat(到户签到,GCJ02)', lng: 'arrive_lng(到户签到,GCJ02)',
  ip: 'wd_login_ip(网点门户)', imei: '送修机IMEI1', mac: '送修机WLAN MAC', idfa: 'IDFA(延保App)', account: 'wd_login_name(网点门户)',
  password: 'wd_login_pwd(网点门户)', waybill: '寄修运单号(顺丰取件)', birth: 'csrq(会员生日关怀)', diagnosis: '伤情诊断(安装工伤申报)',
  dept: '就诊科室(安装工伤)', visitTime: '首诊日期(安装工伤)', checkin: '入住时间(跨区支援驻点)', checkout: '退房时间(跨区支援驻点)',
  room: '驻点房号', hotel: '驻点酒店(旺季跨区支援)', guest: '入住工程师(跨区支援)', caller: 'hf_zjhm(回访外显主叫)',
  callee: 'hf_bjhm(被回访用户)', callTime: 'hf_bdsj(回访拨打时间)', duration: 'hf_thsc(回访通话秒数)',
  overdue: '合购分期逾期金额(元)', loan: '合购分期本金(延保+碎屏险)', score: '分期准入分(资方)', orderNo: 'VBELN(备件销售单号)',
  amount: '订单金额(元,含上门费)', goods: '寄修物品(机型/附件)', senderName: '寄修人姓名', senderMobile: '寄修人手机',
  senderAddress: '上门取机地址', receiverName: '修复回寄收件人', receiverMobile: '修复回寄电话', receiverAddress: '修复回寄地址',
  message: '工程师IM消息内容', sendTime: 'IM消息发送时间(工程师App)', sender: 'IM发送用户', company: '授权服务网点全称', uscc: '网点统一社会信用代码(结算)',
  hotline: '网点对外报修电话', sku: 'MATNR(备件物料号)', product: 'MAKTX(物料描述)', price: 'NETPR(备件含税单价)',
  patient: '受伤人员(高空外机安装)', owner: '行驶证所有人(私车公用)', doc: '驻点入住证件号', remark: '派工备注(调度)',
  created: '建单时间(服务工单)', time: 'arrive_sign_at(到户签到时间)', device: '签到手机IMEI(工程师App)', city: '服务城市(所属分公司)', shop: '服务网点(承接)',
};

const HELDOUT93: Record<FieldKey, string> = {
  name: 'NFXM(女方姓名)', gender: 'XB(1男 2女)', mobile: '女方手机(短信随访)', landline: 'LXDH_GH(家庭固话)',
  id: '女方身份证号(三证核验)', email: 'report_email(检查报告推送)', address: '现住址(夫妇共同居住地)',
  card: '冻存费代扣卡号(签约银行)', balance: '诊疗卡余额(元)', passport: '护照号码(外籍配偶/华侨)',
  permit: '港澳台居民来往内地通行证(配偶)', fpid: '外国人永居证号码(涉外婚姻核验)', plate: 'CPHM(停车减免)',
  lat: 'LN2_LAT(液氮罐)', lng: 'LN2_LNG(液氮罐)', ip: 'login_ip(好孕助手APP)', imei: 'IMEI(促排打针提醒APP)',
  mac: 'BBT体温贴MAC', idfa: 'idfa(好孕助手iOS)', account: 'login_name(好孕助手APP)', password: 'login_pwd(好孕助手APP)',
  waybill: '冷链运单号(促排药配送)', birth: 'CSRQ(女方出生日期)', diagnosis: '不孕症诊断(ICD-10)', dept: '就诊诊区(生殖妇科/男科)',
  visitTime: 'B超监测日期(卵泡)', checkin: '入住时间(促排期)', checkout: '退房时间(移植后)', room: '房间号(试管公寓)',
  hotel: '合作试管公寓/酒店', guest: '入住人(周期女方)', caller: '随访护士外呼号码', callee: '被随访号码(女方)',
  callTime: '外呼开始时间(妊娠随访)', duration: 'THSC(随访通话秒数)', overdue: '助孕分期逾期金额(元)', loan: '助孕分期本金(元)',
  score: '分期授信评分(合作机构)', orderNo: '缴费单号(HIS)', amount: '实收金额(元,医保外)', goods: '配送药品(需2-8℃冷藏)',
  senderName: '发药药师(冷链)', senderMobile: '药房联系电话(发货)', senderAddress: '发货地址(院内药房)', receiverName: '收药人姓名',
  receiverMobile: '收药人手机号', receiverAddress: '收药地址(送货上门)', message: '留言内容(护士随访)',
  sendTime: '留言时间(护士随访)', sender: '留言人(夫妇档案)', company: '耗材/培养液供应商', uscc: 'USCC(培养液/耗材供应商)',
  hotline: '培养液厂家售后热线', sku: '物价编码(收费项目)', product: '收费项目/商品名称', price: '单价(元/次·管·年)',
  patient: '周期患者姓名(女方)', owner: '车主姓名(取卵日停车登记)', doc: '入住证件号码(公寓登记)', remark: '护理备注',
  created: 'JDRQ(建档日期)', time: 'DWSJ(液氮罐定位时间)', device: '液氮罐追踪器IMEI(胚胎转运)', city: '就诊人常住城市',
  shop: '院区/合作药房',
};

const HELDOUT94: Record<FieldKey, string> = {
  name: '持卡人姓名(个人记名卡)', gender: 'CKR_XB(持卡人性别)', mobile: '预留手机(消费短信提醒)', landline: 'LXGH(车队联系人固话)',
  id: 'ZJHM(开户身份证)', email: '电子发票接收邮箱(加油开票)', address: '卡片寄送地址(开户登记)',
  card: '快捷签约银行卡(备用金充值)', balance: 'BYJ_YE(备用金余额,元)', passport: '护照号(外籍/华侨开卡)',
  permit: '港澳台通行证号(开卡证件)', fpid: '永居证号码(外籍持卡人)', plate: '绑定车牌(副卡一车一卡)',
  lat: 'bd_lat(北斗车载终端)', lng: 'bd_lng(北斗车载终端)', ip: 'login_ip(车队客户门户)', imei: '手机IMEI(加油App登录设备)',
  mac: 'wlan_mac(加油App采集)', idfa: 'IDFA(iOS版加油App)', account: 'portal_user(车队客户门户)', password: 'portal_pwd(车队客户门户)',
  waybill: '快递单号(积分商城兑换)', birth: 'CSRQ(会员生日加油券)', diagnosis: '体检结论(苯/噪声接触岗位)', dept: '检查科室(职业健康)',
  visitTime: '职业健康检查日期', checkin: 'RZSJ(司机之家入住)', checkout: 'LKSJ(司机之家离开)', room: '床位号(司机之家)',
  hotel: '司机之家(所在服务区油站)', guest: '住宿司机姓名', caller: 'ANI(来电号码,客服中心)', callee: 'DNIS/外呼被叫号码',
  callTime: 'call_start(客服中心)', duration: 'talk_secs(坐席通话时长)', overdue: '赊销逾期金额(元)', loan: '先加油后付款授信额度(元)',
  score: '车队客户信用分(风控模型)', orderNo: 'ORDER_ID(油站到家)', amount: '实付金额(元,扣券后)', goods: '兑换礼品(积分商城)',
  senderName: '发货站长', senderMobile: '发货站点电话', senderAddress: '发货油站地址', receiverName: '兑换会员姓名',
  receiverMobile: '兑换人收货手机', receiverAddress: '礼品收货地址(积分兑换)', message: '群消息内容(车队服务群)',
  sendTime: '群消息时间(车队服务群)', sender: '发言人(车队服务群)', company: '车队客户单位(开票抬头)', uscc: '纳税人识别号(车队单位)',
  hotline: '车队单位对外电话', sku: '商品条码(非油)', product: '非油品名称(便利店)', price: '便利店零售价(元)',
  patient: '受检员工(加油员/便利店员)', owner: '行驶证所有人(副卡绑车)', doc: '住宿证件号(司机之家)', remark: '站点备注(站长)',
  created: 'crt_time(数据中台ODS)', time: 'gps_time(北斗上报)', device: '北斗终端IMEI(车载)', city: '油站所在地市',
  shop: '油站便利店名称',
};

const HELDOUT95: Record<FieldKey, string> = {
  name: 'YHMC(用户名称)', gender: '户主性别', mobile: 'SJHM(欠费提醒短信)', landline: 'LXDH(座机)', id: '户主证件号码(身份证)',
  email: 'E-mail(电子水费账单)', address: '用水地址(装表位置)', card: '托收代扣账号(银行)', balance: '预存水费余额(元)',
  passport: '护照号码(外籍户主)', permit: '回乡证/台胞证号(过户)', fpid: '外国人永居证号(开户核验)', plate: '施工车辆号牌',
  lat: 'PDA_WD(纬度)', lng: 'PDA_JD(经度)', ip: 'e_login_ip', imei: 'NB模组IMEI(智能水表)', mac: '蓝牙读表MAC',
  idfa: 'IDFA(掌上营业厅iOS)', account: 'e_account', password: 'e_password', waybill: '账单/发票邮寄单号(EMS)',
  birth: 'CSRQ(户主)', diagnosis: '体检结论(涉水岗位)', dept: '体检科室/项目', visitTime: '体检日期(健康证办理)',
  checkin: '入住时间(抢修驻点)', checkout: '离店时间(抢修驻点)', room: '房间号(驻点住宿)', hotel: '驻点宾馆',
  guest: '入住队员(抢修队)', caller: '催缴外呼主叫', callee: '欠费户联系号码', callTime: '外呼时间(催缴)',
  duration: '通话秒数(催缴)', overdue: '累计欠费(含违约金,元)', loan: '报装费分期总额(元)', score: '用水信用分',
  orderNo: 'DDBH(水站商城)', amount: '订单实收金额', goods: '邮寄内容(账单/发票/票据)', senderName: '寄件人(营业所)',
  senderMobile: '营业所寄件手机', senderAddress: '寄件营业所地址', receiverName: 'SJRXM(收件人)',
  receiverMobile: 'SJRDH(收件人电话)', receiverAddress: '账单寄送地址', message: '公众号留言内容', sendTime: '留言时间(公众号后台)',
  sender: '留言户主姓名', company: '管网施工单位', uscc: '施工单位信用代码(18位)', hotline: '施工单位24h应急电话',
  sku: 'WZBM(物资编码)', product: '商品名称(桶装水/净水设备)', price: '销售单价(元/桶·台)', patient: '体检人员姓名',
  owner: '车辆所有人(管网施工备案)', doc: '入住证件号码(抢修队员)', remark: '抄表员备注', created: 'JDSJ(户籍建档)',
  time: 'DWSJ_GPS', device: '抄表PDA串号(IMEI)', city: '供水片区(区县)', shop: '水站/营业网点',
};

const HELDOUT96: Record<FieldKey, string> = {
  name: '征婚人姓名', gender: '性别(男嘉宾/女嘉宾)', mobile: '本人手机(约见通知)', landline: '家长座机(父母代征婚)',
  id: '身份证号码(婚况实名)', email: 'Email(推荐资料推送)', address: '现居住地(小区/门牌)', card: '会费代扣卡号(分期签约)',
  balance: '牵线服务储值余额(元)', passport: '护照号码(海归征婚)', permit: '回乡证/台胞证号(两岸婚恋)',
  fpid: '五星卡号码(外籍征婚人)', plate: '号牌号码(车产审核)', lat: 'wb_lat(WGS84)', lng: 'wb_lng(WGS84)', ip: 'lastip(老站)',
  imei: 'IMEI(防婚托)', mac: 'MAC(防婚托)', idfa: 'IDFA(防婚托)', account: 'username(老站)', password: 'password_raw(老站迁移)',
  waybill: '快递单号(会员礼)', birth: '出生年月日(择偶年龄段)', diagnosis: '婚检医学意见', dept: '检查科别(婚检)',
  visitTime: '婚检日期', checkin: '入住(脱单游)', checkout: '离店(脱单游)', room: '房号(同性双床)', hotel: '住宿酒店(脱单游行程)',
  guest: '团员姓名(脱单游)', caller: 'staffPhone(红娘工作机)', callee: 'peerNumber', callTime: 'callBeginTime',
  duration: 'talkSec(有效通话)', overdue: 'HFD_YQBX(逾期本息)', loan: 'HFD_HTJE(会费贷合同金额)', score: 'HFD_ZRPF(准入评分)',
  orderNo: '订单号(商城)', amount: 'order_pay_amt(元)', goods: '寄递物品(会员礼/合同)', senderName: '发件人(门店红娘)',
  senderMobile: '发件手机', senderAddress: '发件门店地址', receiverName: '收货人姓名(会员礼)', receiverMobile: '收货人手机(会员)',
  receiverAddress: '收货地址(省市区+详址)', message: '发言内容', sendTime: '发言时间(牵线群)', sender: '发言人(牵线群实名)',
  company: '合作商户(场地/摄影/婚庆)', uscc: '信用代码(合作商户)', hotline: '商户热线', sku: '商品编码(套餐/活动票)',
  product: '商品名称(套餐/活动票)', price: '门市标价(元)', patient: '婚检对象', owner: '车辆所有人(车产审核)', doc: '团员证件号',
  remark: '红娘手记', created: '录入时间(CRM)', time: 'wb_fix_time', device: 'wristband_imei(户外联谊)', city: '征婚城市',
  shop: '归属门店(签约)',
};

const HELDOUT97: Record<FieldKey, string> = {
  name: '持证人姓名', gender: 'XB(性别)', mobile: '联系手机(实名登记)', landline: '固话(宅电/单位)',
  id: '身份证号码(办证实名核验)', email: 'Z304_EMAIL_ADDRESS', address: 'TXDZ(读者通讯地址)', card: '押金退还银行卡号(原路退回失败时)',
  balance: 'YJYE(押金及预付款余额/元)', passport: '护照号码(境外观众预约)', permit: '港澳台证件号(来往内地通行证/居住证·预约参观)',
  fpid: '外国人永居证号(外籍读者办证)', plate: '预约车牌(馆区停车场)', lat: 'veh_lat(流动图书车)', lng: 'veh_lng(流动图书车)',
  ip: 'OPAC_LOGIN_IP', imei: '移动图书馆绑定IMEI', mac: '馆内Wi-Fi认证MAC', idfa: 'IDFA(掌上图书馆iOS)',
  account: 'Z308_KEY_DATA(读者证号)', password: 'Z308_VERIFICATION(借阅PIN)', waybill: '快递单号(网借到家)',
  birth: 'CSRQ(出生年月日)', diagnosis: '医务室初步判断', dept: '处置点位(医务室/急救站)', visitTime: '处置时间(馆内急救)',
  checkin: '嘉宾入住(日期时间)', checkout: '嘉宾离店(日期时间)', room: '房间号(嘉宾接待)', hotel: '协议酒店(讲座嘉宾)',
  guest: '入住嘉宾姓名', caller: '来电号码(参考咨询台)', callee: '受理坐席号码', callTime: '来电时刻(参考咨询)', duration: '通话秒数(参考咨询)',
  overdue: '超期欠费(元)', loan: '信用免押额度(元)', score: '芝麻分(信用借还准入)', orderNo: '文创订单编号',
  amount: 'SFJE(实付金额/元)', goods: '寄递内容(图书/文创)', senderName: '发书馆员', senderMobile: '发书馆员手机',
  senderAddress: '发书分馆地址', receiverName: '收书读者', receiverMobile: '收书人手机', receiverAddress: '收书地址(网借到家)',
  message: '留言正文(馆长信箱)', sendTime: '留言时间(馆长信箱)', sender: '留言人(实名读者)', company: '中标书商(图书采购)',
  uscc: '书商统一社会信用代码', hotline: '书商客服热线', sku: '文创货号', product: '文创品名', price: '文创零售价(元)',
  patient: '伤病观众姓名', owner: '预约车主', doc: '嘉宾证件号码', remark: '馆员备注', created: '建档时间(流通工作站)',
  time: 'bd_fix_time', device: '车载北斗终端IMEI(流动图书车)', city: '收货地市(文创)', shop: '文创门店(提货点)',
};

const HELDOUT98: Record<FieldKey, string> = {
  name: '车主会员姓名', gender: 'HYXB(会员性别)', mobile: '会员手机(储值卡绑定)', landline: '家庭座机(老会员纸卡登记)',
  id: '身份证号(记名卡实名)', email: '发票推送邮箱(养护结算)', address: '常住地址(上门洗车)',
  card: 'yhkh_cz(储值充值银行卡)', balance: '储值余额(本金+赠送金)', passport: 'passport_no(外籍车主)',
  permit: 'txz_hm(港澳台车主通行证)', fpid: '永居证号(外籍车主实名)', plate: 'CPHM(进店车牌识别)',
  lat: 'qsc_lat(取送车司机)', lng: 'qsc_lng(取送车司机)', ip: 'last_login_ip(收银后台)', imei: 'device_imei(养车App)',
  mac: 'device_mac(养车App)', idfa: 'device_idfa(养车App iOS)', account: 'czy_code(收银操作员)', password: 'czy_pwd(旧版收银明文)',
  waybill: '实体卡邮寄单号(顺丰)', birth: '车主生日(生日洗车券)', diagnosis: '工伤诊断(机修/钣喷岗)', dept: '就医科室(技师工伤)',
  visitTime: 'gsjz_rq(工伤就诊日期)', checkin: '入住日期(技师集训)', checkout: '退房日期(技师集训)', room: '宿舍/房号(集训)',
  hotel: '协议酒店(总部技师集训)', guest: '参训技师', caller: 'cc_zjhm(呼叫中心主叫)', callee: 'cc_bjhm(保养到期外呼被叫)',
  callTime: 'cc_kssj(通话开始)', duration: 'cc_thsc(通话秒数)', overdue: '分期逾期金额(轮胎/保养套餐)',
  loan: '分期总额(保养套餐)', score: '养车分(分期准入)', orderNo: '商城订单号(到店安装)', amount: '实收金额(含储值抵扣)',
  goods: '邮寄物品(实体储值卡/礼品)', senderName: '寄件人(门店前台)', senderMobile: '门店寄件手机', senderAddress: '寄出门店详址',
  receiverName: '收卡会员', receiverMobile: '收卡手机', receiverAddress: '实体卡寄送地址', message: '客户群消息(企微)',
  sendTime: '消息时间(企微客户群)', sender: 'sender_realname(企微客户群)', company: '供应商名称(油品/轮胎/洗护用品)',
  uscc: '供应商USCC(开票)', hotline: '供应商售后400', sku: 'PJBM(配件编码)', product: '项目/配件名称', price: '工时费/零售价(元)',
  patient: '受伤技师姓名', owner: '行驶证车主姓名(车辆档案)', doc: '参训技师证件号', remark: '接车备注(服务顾问)',
  created: 'create_time(会员建档)', time: 'loc_time(取送车)', device: 'qsc_imei(取送车司机手机)', city: '门店所在地级市',
  shop: '施工门店',
};

const HELDOUT99: Record<FieldKey, string> = {
  name: '承租人姓名', gender: 'driverSex', mobile: '常用手机(签约预留)', landline: '家庭座机(家访)', id: '身份证号(面签核验)',
  email: '电子合同推送邮箱(e签宝)', address: '家访地址(现居)', card: 'DD_CARD_NO(租金代扣)', balance: '履约保证金余额(元)',
  passport: '护照号码(证件备查)', permit: '港澳台通行证号(人证报名)', fpid: '外国人永久居留身份证(承租人)', plate: '车牌号码(租赁车辆)',
  lat: 'LAT(风控定位)', lng: 'LNG(风控定位)', ip: 'loginIp(司机App)', imei: '手机IMEI(设备绑定)', mac: 'WiFi MAC(设备绑定)',
  idfa: 'IDFA/OAID(广告归因)', account: 'loginName(司机App)', password: 'loginPwd(明文)', waybill: '过户资料快递单号',
  birth: '出生日期(准入22-55周岁)', diagnosis: '伤情诊断(人伤理赔)', dept: '就诊科室(人伤)', visitTime: '首诊日期(人伤跟踪)',
  checkin: '入住时间(岗前培训)', checkout: '退房时间(岗前培训)', room: '学员房号(岗前培训)', hotel: '岗前培训住宿酒店', guest: '参训司机',
  caller: '外显号码(贷后坐席)', callee: '被叫号码(承租人)', callTime: '呼叫开始时间(贷后)', duration: 'bill_seconds(贷后外呼)',
  overdue: 'OVD_RENT_AMT(逾期租金)', loan: 'FIN_AMT(融资额)', score: 'RISK_GRADE_SCORE', orderNo: '车品商城订单号',
  amount: '车品实付(元)', goods: '寄件物品(合同/登记证书)', senderName: '寄件人(交车中心)', senderMobile: '寄件人手机(交车中心)',
  senderAddress: '交车中心地址', receiverName: '收件人(承租司机)', receiverMobile: '收件电话(承租人)', receiverAddress: '收件地址(过户资料寄送)',
  message: '企微消息内容', sendTime: 'msgtime(企微存档)', sender: '发送人(招募群)', company: '合作运力公司/平台',
  uscc: '统一信用代码(合作方)', hotline: '合作方对接热线', sku: '车品SKU', product: '商品名称(车品商城)', price: '零售价(元/件)',
  patient: '伤者姓名(三者/乘客)', owner: '登记车主(行驶证)', doc: '证件号(培训住宿登记)', remark: '招募专员备注', created: '进件时间',
  time: '定位时间(最后上报)', device: '车载定位器IMEI(防拆)', city: '运营城市(招募地)', shop: '交车中心/门店',
};

const HELDOUT100: Record<FieldKey, string> = {
  name: '会员姓名(实名)', gender: 'HY_XB(会员性别)', mobile: 'HY_SJH(会员手机)', landline: '固话(团购联系)', id: '身份证号(验龄/实名购酒)',
  email: '电子发票推送邮箱(会员)', address: '常用收货地址(会员档案)', card: '烟款代扣卡号(电子结算)', balance: '预存货款余额(元)',
  passport: '护照号码(酒庄游)', permit: '回乡证/台胞证号(会员实名)', fpid: '外国人永居证(酒庄游/外籍VIP)', plate: '配送车牌号(挂靠)',
  lat: 'knight_lat', lng: 'knight_lng', ip: '登录IP(订货端)', imei: 'device_imei(下单设备)', mac: 'wifi_mac(下单设备)',
  idfa: 'idfa_oaid(投放归因)', account: '订货账号(门店编码)', password: '订货密码(初始)', waybill: '顺丰运单号(礼赠寄酒)',
  birth: '生日(会员生日礼)', diagnosis: '诊断结论(骑手意外险)', dept: '就诊科室(出险)', visitTime: '骑手出险就诊日',
  checkin: '入住时间(糖酒会)', checkout: '离店时间(糖酒会)', room: '房号(糖酒会住宿)', hotel: '糖酒会协议酒店', guest: '参会人员',
  caller: '来电号码(订酒热线)', callee: '回拨号码', callTime: '来电时间(IVR)', duration: 'talk_sec(订酒热线)',
  overdue: 'CQYS_JE(超期应收)', loan: 'SXED(赊销额度)', score: '经销商信用分', orderNo: 'app_order_sn', amount: '实收(元)/单',
  goods: '托寄物(酒水礼盒)', senderName: '寄件人(赠酒人)', senderMobile: '寄件人手机(赠酒人)', senderAddress: '寄件人地址(赠酒人)',
  receiverName: '收货人(受赠/配送)', receiverMobile: '收货人手机(受赠/配送)', receiverAddress: '收货地址(送酒上门)',
  message: '群消息内容(酒友群)', sendTime: '发言时间(酒友群)', sender: '发言人(群成员)', company: '供货单位(酒厂/一批商)',
  uscc: '统一社会信用代码(供应商资质)', hotline: '厂家防伪/售后电话', sku: 'ERP货号', product: '品名规格(度数/容量)', price: '零售指导价(元/瓶)',
  patient: '出险骑手', owner: '挂靠车车主', doc: '入住证件号(会务登记)', remark: '店长备注', created: '制单日期时间(ERP)',
  time: '定位时间(骑士端)', device: '骑士终端IMEI', city: '配送城市(站点)', shop: '发货门店(加盟店)',
};

const HELDOUT101: Record<FieldKey, string> = {
  name: '亲属姓名(登记)', gender: 'QSXB', mobile: '家属手机号(接收会见短信)', landline: '亲属座机(区号-号码)', id: '会见人身份证号(人脸核验)',
  email: 'jsyx(家属邮箱)', address: '亲属现住址(会见通知书寄达)', card: '汇款人银行卡号(亲情汇款)', balance: '服刑人员个人账户余额(元)',
  passport: '境外亲属护照号', permit: '来往内地通行证号(港澳台亲属)', fpid: '外国人永居证号(外籍亲属)', plate: '来监车辆号牌(停车预约)',
  lat: 'bc_lat(会见班车)', lng: 'bc_lng(会见班车)', ip: 'login_ip(远程会见端)', imei: '家属手机IMEI(视频会见绑定)', mac: '会见终端MAC',
  idfa: 'IDFA/OAID(家属端App)', account: '家属端登录账号', password: '家属端登录密码', waybill: '寄物运单号(EMS)',
  birth: 'qs_csrq(亲属出生日期)', diagnosis: '狱医诊断', dept: '就诊科室(监狱医院)', visitTime: '就诊日期(狱内)',
  checkin: '入住时间(亲情会见楼)', checkout: '离楼时间(亲情会见楼)', room: '亲情房号', hotel: '远途家属协议宾馆', guest: '住宿家属',
  caller: 'ZJHM(亲情电话)', callee: 'BJHM(登记亲情号码)', callTime: '通话开始时间(亲情电话)', duration: 'THSC(s,限时10分钟)',
  overdue: '未履行金额(财产刑,元)', loan: '财产性判项金额(元)', score: '履行能力评估分', orderNo: '代购订单号(狱内超市)',
  amount: '结算金额(元,含邮费)', goods: '寄送物品(衣物/书籍)', senderName: '寄物家属', senderMobile: '寄物家属电话',
  senderAddress: '寄件地址(家属)', receiverName: '代收民警', receiverMobile: '代收民警电话', receiverAddress: '收件地址(监区收发室)',
  message: '亲情留言正文(待审)', sendTime: 'lysj(留言时间)', sender: '留言亲属', company: '合作单位(银行/通信运营商)',
  uscc: '合作单位USCC(18位)', hotline: '合作单位对外服务电话', sku: '狱内超市商品编码', product: '代购商品名称', price: '狱内售价(元)',
  patient: '就诊在押人员', owner: '来监车辆登记人', doc: '住宿家属证件号码', remark: '会见科民警备注', created: '预约提交时间',
  time: '班车定位时间', device: '班车定位终端IMEI', city: '监所所在地(市)', shop: '会见服务站',
};

const HELDOUT102: Record<FieldKey, string> = {
  name: '订购人(实名库)', gender: '性别(实名认证)', mobile: 'DGR_SJH', landline: '座机(报关联系)', id: 'DGR_ZJHM',
  email: 'email_notify(税单推送)', address: 'DGR_DZ(订购人地址)', card: '提现银行卡号(集运会员)', balance: '集运钱包余额(元)',
  passport: '护照号码(直邮实名)', permit: '往来内地通行证(港澳台订购人)', fpid: '永居证号码(外籍订购人)', plate: 'CPH(卡口过车)',
  lat: 'GSWD(关锁纬度)', lng: 'GSJD(关锁经度)', ip: 'LAST_LOGIN_IP', imei: 'ord_dev_imei', mac: 'ord_dev_mac', idfa: 'ord_dev_idfa',
  account: 'WMS_USER_ID', password: 'WMS_USER_PWD', waybill: '分运单号(HAWB)', birth: '出生日期(实名核验)',
  diagnosis: '体检结论(职业健康)', dept: '体检科室(岗前/在岗)', visitTime: '体检日期(职业健康)', checkin: '入住登记时间(口岸)',
  checkout: '离店时间(口岸)', room: '宾馆房间号', hotel: '口岸协议宾馆', guest: '口岸过夜司机', caller: '主叫(清关补录坐席)',
  callee: '被叫(订购人手机)', callTime: '拨打时间(补录外呼)', duration: '接通时长s(补录外呼)', overdue: '逾期本金(海淘分期)', loan: '授信金额(海淘分期)',
  score: '信用分(海淘分期)', orderNo: '订单编号(三单对碰)', amount: '实际支付金额(acturalPaid)', goods: 'gname(申报品名)',
  senderName: '发件人(仓内发货组)', senderMobile: '发件电话(仓内发货组)', senderAddress: '发件地址(区内仓库)', receiverName: '收件人(consignee)',
  receiverMobile: '收货电话(consigneeTelephone)', receiverAddress: '收货人地址(consigneeAddress)', message: '工单留言正文',
  sendTime: '留言时间(工单系统)', sender: '留言人(集运会员)', company: '委托企业(电商/物流)', uscc: '统一社会信用代码(海关注册)',
  hotline: '售后热线(电商企业)', sku: '商品料号(金二账册)', product: '备案商品名称', price: '申报单价(元)', patient: '体检人(叉车/拣货岗)',
  owner: '车辆所有人(卡口登记)', doc: '司机证件号(住宿)', remark: '关务备注', created: '制单时间(报关系统)', time: '关锁定位时间',
  device: '电子关锁号(IMEI)', city: '派送城市(国内段)', shop: '销售店铺(电商平台)',
};

const HELDOUT103: Record<FieldKey, string> = {
  name: '主家姓名(新人)', gender: 'xb(1男/2女)', mobile: 'ZJSJ(主家手机)', landline: '女方家座机(区号)', id: '主家身份证号(宴会合同)',
  email: 'E-mail(精修原片网盘链接)', address: '通讯地址(请柬/相册寄送)', card: '定金退款卡号', balance: '宴会储值卡余额（元）',
  passport: 'Passport No.(海外婚拍)', permit: '往来港澳通行证(维港夜景拍摄)', fpid: '外国人永居证(外籍新人)', plate: '花车车牌(装饰登记)',
  lat: 'fleet_lat', lng: 'fleet_lon', ip: 'SignInIP(选片系统)', imei: '云直播App·IMEI', mac: 'Wi-Fi MAC(云直播)',
  idfa: 'IDFA(iOS投放归因)', account: '选片系统工号', password: '选片系统密码(明文)', waybill: '成品册发货运单号',
  birth: '生辰(合八字/择日)', diagnosis: '医院诊断(疑似食物中毒)', dept: '就诊科室(食安事件)', visitTime: '就诊日期(食安事件)',
  checkin: '入住时间(婚宴送房)', checkout: '离店时间(婚宴送房)', room: '送房房号', hotel: '婚宴场地(酒店/庄园)', guest: '住店宾客(婚宴送房)',
  caller: 'CallerID(宴会预订热线)', callee: 'DialedNum(销售经理手机)', callTime: 'AnswerTime', duration: 'TalkTime(s)',
  overdue: '已逾期应还(元)', loan: '婚宴分期申请额(元)', score: '分期评分(婚宴贷)', orderNo: '婚品订单号', amount: '喜糖礼盒实付(元)',
  goods: '寄件物品(相册/摆台/喜糖)', senderName: '发件门店联系人', senderMobile: '门店发件电话', senderAddress: '门店发件地址',
  receiverName: '收货人(新人)', receiverMobile: '收货人电话(新人)', receiverAddress: '收货地址(新房)', message: '祝福留言(电子请柬)',
  sendTime: '留言时间(电子请柬)', sender: '留言宾客', company: '合作供应商(花艺/灯光/酒水)', uscc: '供应商信用代码(营业执照)',
  hotline: '婚庆供应商订档电话', sku: '货品编码(婚品商城)', product: '商品名称(喜糖/伴手礼)', price: '单价(元/份)', patient: '就诊宾客(食安事件)',
  owner: '花车车主(借用)', doc: '住店证件号码(送房登记)', remark: '宴会经理备注(忌口/禁忌)', created: '录单时间(宴会预订)',
  time: 'fleet_gps_time', device: 'fleet_tracker_imei(北斗)', city: '婚礼举办城市', shop: '所属门店(影楼/宴会厅)',
};

const HELDOUT104: Record<FieldKey, string> = {
  name: '学员姓名(监管平台实名)', gender: '性别(学员)', mobile: '监护人手机号(接收课消短信)', landline: '家庭固话(回访用)',
  id: 'XY_ZJHM(学员证件号)', email: '电子收据接收邮箱', address: '常住地址(托管接送核实)', card: 'TF_SKZH(退费收款账号)',
  balance: 'JGZJ_YE(监管资金余额/元)', passport: '护照号码(英皇考级报名)', permit: '港澳台通行证号(学员)',
  fpid: '外国人永居证号(学员)', plate: '接送车辆号牌(校区道闸)', lat: 'stuCardLat', lng: 'stuCardLng', ip: 'last_signin_ip',
  imei: '听课平板IMEI(绑定)', mac: '听课平板MAC(绑定)', idfa: 'IDFA(家长端iOS)', account: 'guardian_login',
  password: 'guardian_passwd', waybill: '教材快递单号(中通/顺丰)', birth: '出生日期(按龄分班)', diagnosis: '医院诊断(学平险报案)',
  dept: '就诊科室(报案)', visitTime: '就医日期(课堂意外)', checkin: '入住时间(艺考集训)', checkout: '退宿时间(艺考集训)',
  room: '集训宿舍房号', hotel: '集训协议酒店', guest: '住宿学员(艺考集训)', caller: '来电号码(退费专线)', callee: '接听座席号码',
  callTime: '来电时间(退费专线)', duration: '通话时长秒(退费专线)', overdue: '存量培训贷逾期额(元)', loan: '存量培训贷本金(元)',
  score: '分期机构准入评分', orderNo: '积分商城订单号', amount: '订单实收(元·含运费)', goods: '寄件内容(教材教具)',
  senderName: '发货教务(寄件人)', senderMobile: '发货教务手机', senderAddress: '发货校区地址', receiverName: '收件人(学员家长)',
  receiverMobile: '家长收件电话', receiverAddress: '教材寄达地址(家长填写)', message: '家校群发言内容', sendTime: '发言时间(家校群)',
  sender: '发言家长', company: '合作单位(监管银行/场地出租方)', uscc: 'USCC(合作单位)', hotline: '合作单位对外电话',
  sku: 'spu_code', product: '商品名称(积分商城)', price: '积分商城售价(元)', patient: '出险学员姓名', owner: '行驶证所有人(接送车)',
  doc: '入住证件号(集训学员)', remark: '教务备注(课消/退费)', created: 'createTime(教务)', time: 'stuCardLocTime',
  device: 'stuCardImei', city: '收货城市(商城)', shop: '发货门店(商城)',
};

const HELDOUT105: Record<FieldKey, string> = {
  name: '司机姓名(集卡备案)', gender: 'SJ_XB', mobile: '预约手机(收预约码短信)', landline: '车队调度座机', id: '身份证号(闸口人证比对)',
  email: 'fleet_email(EIR推送)', address: '司机常住地址(备案)', card: '港杂费代扣卡号', balance: '港杂费预存余额(元)',
  passport: 'Passport No.(登陆证申请)', permit: '港澳台船员通行证号', fpid: '外国人永居证号(船东代表)', plate: '车头号牌(OCR识别)',
  lat: 'bd_lat', lng: 'bd_lng', ip: 'tas_login_ip', imei: '司机App设备IMEI', mac: 'MAC(掌上集卡终端)', idfa: 'IDFA/OAID(掌上集卡)',
  account: 'tas_login_name', password: 'tas_login_pwd', waybill: '单证快递单号(正本提单)', birth: '出生年月日(驾驶证档案)',
  diagnosis: '登岸就医诊断', dept: '口岸医院就诊科室', visitTime: '就医日期(船员登岸)', checkin: 'CHECK_IN(换班酒店)',
  checkout: 'CHECK_OUT(换班酒店)', room: '船员房号', hotel: '船员换班协议酒店', guest: '入住船员', caller: '来电号码(港区客服)',
  callee: '回访号码(集卡司机)', callTime: '通话开始(港区客服)', duration: 'talk_secs(港区客服)', overdue: '逾期港杂费(元)',
  loan: '月结授信额度(元)', score: '车队信用分(TAS)', orderNo: '船供订单号', amount: '应收合计(元)(快递/船供)', goods: '寄递单证(提单/EIR)',
  senderName: '寄件人(船代单证部)', senderMobile: '寄件人电话(船代)', senderAddress: '寄件地址(船代)', receiverName: '收件人(报关行/船上)',
  receiverMobile: '收件人手机(报关行/船上)', receiverAddress: '收件地址(报关行/锚地)', message: 'msg_content(调度群)',
  sendTime: 'msg_time(调度群)', sender: '发言司机(调度群)', company: '车队/货代名称', uscc: '统一社会信用代码(车队准入)',
  hotline: '对外服务热线(车队/货代)', sku: 'IMPA编码', product: '船供品名', price: '单价(元/单位)', patient: '就医船员',
  owner: '行驶证所有人(车头)', doc: '船员证件号(入住登记)', remark: '闸口备注', created: '预约创建时间(TAS)', time: 'GNSS_TIME',
  device: '车载北斗终端号(IMEI)', city: '靠泊港(城市)', shop: '船供门店',
};

const HELDOUT106: Record<FieldKey, string> = {
  name: '糖友姓名', gender: '糖友性别', mobile: '手机号(App注册)', landline: '固话(含区号)', id: '身份证号(门慢备案)',
  email: '邮箱(接收AGP周报)', address: '居住地址(耗材寄送)', card: '耗材订阅代扣卡号', balance: '控糖钱包余额(元)',
  passport: '护照号(出境佩戴证明)', permit: '港澳台居民证件号(实名认证)', fpid: '外国人永居证号(实名认证)',
  plate: '冷链配送车牌(GSP备案)', lat: 'lbs_lat(4G血糖仪)', lng: 'lbs_lng(4G血糖仪)', ip: 'dms_last_login_ip',
  imei: '手机IMEI(App绑定)', mac: '发射器蓝牙MAC', idfa: 'IDFA(iOS糖友App)', account: 'dms_user_code', password: 'dms_user_pwd',
  waybill: '耗材寄送运单号', birth: '出生日期(糖友档案)', diagnosis: '诊断(ICD-10 E10/E11)', dept: '建档科室(内分泌/糖尿病中心)',
  visitTime: '院内佩戴日期(首诊)', checkin: '报到入住时间(糖友营)', checkout: '离营时间(糖友营退房)', room: '营员房号', hotel: '糖友营住宿酒店',
  guest: '入住营员(1型糖友)', caller: '外呼主叫(血糖管家)', callee: '被叫糖友手机', callTime: '管家外呼时间', duration: '通话秒数(管家外呼)',
  overdue: 'CGM分期逾期额(元)', loan: 'CGM分期本金(元)', score: '分期风控评分', orderNo: '药店O2O订单号', amount: '实收金额(元·含配送费)',
  goods: '寄件品类(传感器/试纸/采血针)', senderName: '寄件人(售后仓)', senderMobile: '售后仓寄件电话', senderAddress: '售后仓发货地址',
  receiverName: '收件糖友', receiverMobile: '收件手机(糖友)', receiverAddress: '传感器寄达地址', message: '咨询内容(管家IM)',
  sendTime: '提问时间(管家IM)', sender: '提问糖友', company: '经销商/连锁药店名称', uscc: '统一社会信用代码(首营资料)',
  hotline: '经销商售后电话', sku: '物料编码(U8)', product: '品名规格(通用名)', price: '零售指导价(元)', patient: '就诊糖友(控糖门诊)',
  owner: '冷链车所有人(挂靠)', doc: '住宿证件号(糖友营)', remark: '管家随访备注', created: '建档时间(血糖云)', time: 'glu_upload_time',
  device: '4G血糖仪IMEI', city: '履约城市', shop: '履约药店(门店)',
};

const HELDOUT107: Record<FieldKey, string> = {
  name: 'KHXM(客户姓名)', gender: 'XBDM(1男2女)', mobile: 'YLSJHM(预留手机)', landline: '家庭电话(农户调查表)', id: 'ZJHM(居民身份证)',
  email: '电子对账单邮箱', address: '常住地址(到组到户)', card: '福农卡号(IC借记卡)', balance: 'ACCT_BAL(活期余额/元)',
  passport: '因私护照号(境外务工汇款)', permit: '往来内地通行证号(港澳台居民开户)', fpid: '外国人永居证号(开户)', plate: '抵押车号牌',
  lat: 'zyPadLat', lng: 'zyPadLng', ip: 'login_ip(助农平台)', imei: 'SJYH_BIND_IMEI', mac: 'SJYH_BIND_MAC',
  idfa: 'SJYH_BIND_IDFA', account: 'CZYH(操作员号)', password: 'CZYMM(操作员密码)', waybill: 'EMS邮件号(卡片寄送)',
  birth: '出生日期(联网核查)', diagnosis: '出院诊断(惠民保理赔)', dept: '住院科室(理赔材料)', visitTime: '入院日期(理赔)',
  checkin: '报到入住时间(新员工培训)', checkout: '离店时间(新员工培训)', room: '培训住宿房间号', hotel: '培训协议酒店(总行)',
  guest: '参训人员', caller: 'CALLING_NO(96客服)', callee: 'CALLED_NO(96客服)', callTime: 'BEGIN_TIME(通话)',
  duration: 'TALK_LEN(s)', overdue: '拖欠本息合计(元)', loan: 'SXED(农户小额信用贷款)', score: 'XYPJDF(信用评级得分)',
  orderNo: '惠农商城订单号', amount: '交易金额(元,含邮资)', goods: '寄送物品(卡片/U盾/存单)', senderName: '寄件柜员',
  senderMobile: '寄件柜员手机', senderAddress: '寄出网点地址', receiverName: '收卡人(外出务工)', receiverMobile: '收卡人联系手机',
  receiverAddress: '收卡地址(务工地)', message: '会话内容(手机银行在线客服)', sendTime: 'msg_send_time(在线客服)',
  sender: '访客姓名(已实名)', company: '对公客户名称', uscc: '统一社会信用代码(对公开户)', hotline: '对外服务电话(对公客户)',
  sku: '商品编码(惠农商城)', product: '农特产品名称', price: '售价(元/件)', patient: '出险人姓名(惠民保)',
  owner: '抵押车辆所有权人', doc: '参训人员证件号码', remark: 'BZ(客户经理走访)', created: 'INPUT_TIME(录入时间)',
  time: 'LOC_TIME(展业Pad)', device: '展业Pad串号', city: '所属县域(支行)', shop: '提货网点(助农取款点)',
};

const HELDOUT108: Record<FieldKey, string> = {
  name: '观演人姓名(实名)', gender: 'gyr_xb', mobile: '购票手机号(入场短信)', landline: '团体票联系座机', id: '观演人证件号(刷脸入场)',
  email: 'eticket_mail', address: '实名认证常住地址', card: '退票退款卡号(原路)', balance: '票夹钱包余额(元)',
  passport: 'PASSPORT_NO(境外观众)', permit: '台胞证/回乡证号(观演人)', fpid: '五星卡号码(外籍观演人)', plate: '停车预约车牌(P2场馆停车场)',
  lat: 'badge_lat', lng: 'badge_lng', ip: 'last_login_ip(抢票风控)', imei: '下单设备IMEI(风控指纹)', mac: 'order_dev_mac',
  idfa: 'IDFA/OAID(下单设备)', account: 'member_login_id', password: 'member_passwd(旧版明文)', waybill: '纸质票运单号(顺丰)',
  birth: '出生日期(限购年龄核验)', diagnosis: '医疗站处置诊断', dept: '医疗点位(看台区)', visitTime: '接诊时间(场馆医疗站)',
  checkin: 'pkg_checkin_at', checkout: 'pkg_checkout_at', room: '套餐房号(观赛+住宿)', hotel: '套餐合作酒店', guest: '入住观众(套餐)',
  caller: 'ANI(票务热线)', callee: 'DNIS(票务热线)', callTime: 'call_start(票务热线)', duration: 'billsec(票务热线)',
  overdue: '分期逾期未还(元)', loan: '分期购票本金(元)', score: 'bnpl_credit_score', orderNo: 'ddbh(票务订单)',
  amount: '实付(票款+服务费,元)', goods: '寄递品类(纸质票/应援周边)', senderName: '寄票人(票务仓)', senderMobile: '寄票仓电话',
  senderAddress: '寄票仓地址', receiverName: '收票人(纸质票)', receiverMobile: '收票人手机(纸质票)', receiverAddress: '收票地址(纸质票)',
  message: '会话内容(粉丝客服)', sendTime: 'kf_msg_time', sender: '咨询观众', company: '主办方/承办方名称',
  uscc: '主办方统一社会信用代码', hotline: '主办方票务咨询电话', sku: '票档编码', product: '票档/周边名称', price: '票面价(元)',
  patient: '就医观众(场馆医疗站)', owner: '行驶证车主(停车预约)', doc: '入住证件号(套餐观众)', remark: '客服备注(转赠/退票)',
  created: 'create_time(下单)', time: 'badge_loc_ts', device: '执勤定位工牌IMEI', city: '演出城市', shop: '线下售票网点',
};

const HELDOUT109: Record<FieldKey, string> = {
  name: '养殖户主(场主)姓名', gender: 'yzhz_xb', mobile: '手机号码(惠农短信)', landline: '村级防疫室座机', id: '户主身份证号(备案登记)',
  email: '备案回执接收邮箱', address: '养殖场所地址(乡镇/村/组)', card: '惠农一卡通账号(补贴发放)', balance: '一卡通余额(代发回盘,元)',
  passport: '因公护照号(种畜引进考察)', permit: '港澳台投资者通行证号(外资牧场)', fpid: '永居证号码(外籍育种顾问)', plate: '运输车辆号牌(牧运通备案)',
  lat: 'wd(GNSS)', lng: 'jd(GNSS)', ip: 'dlip(防疫系统)', imei: '移动监督执法终端IMEI', mac: '执法终端WLAN MAC',
  idfa: 'IDFA(iOS版畜牧通)', account: '用户名(动物防疫信息平台)', password: '口令(动物防疫信息平台)', waybill: 'EMS邮件号(血清送检)',
  birth: 'hz_csrq(出生日期)', diagnosis: '布病检测结论(RBT/SAT)', dept: '检测机构科室(县疾控)', visitTime: '采血日期(布病监测)',
  checkin: '报到入住时间(培训班)', checkout: '离会退房时间', room: '住宿房号(培训班)', hotel: '培训承办宾馆', guest: '参训防疫员(住宿)',
  caller: '报告人来电号码(疫情报告)', callee: '值班兽医接听号码', callTime: '来电时间(疫情报告热线)', duration: '通话秒数(疫情报告)',
  overdue: '活畜贷逾期本息(元)', loan: '活畜抵押贷款额(元)', score: '养殖主体信用评分(活畜贷准入)', orderNo: 'ckdh(物资出库单号)',
  amount: '应付金额(元,含运费)', goods: '寄递内容(血清/病料)', senderName: '送检人(采样员)', senderMobile: '送检人手机',
  senderAddress: '采样点地址(送检)', receiverName: '收件人(样品/物资)', receiverMobile: '收件人电话(样品/物资)', receiverAddress: '收件地址(样品/物资)',
  message: '留言内容(兽医在线问诊)', sendTime: '留言时间(兽医在线)', sender: '咨询养殖户', company: '企业名称(规模场/兽药饲料)',
  uscc: '统一社会信用代码(营业执照)', hotline: '企业服务电话', sku: '物资编码(疫苗/耳标/消毒药)', product: '物资名称(规格)', price: '单价(元/头份)',
  patient: '受检人员(布病高危人群)', owner: '车辆所有人(牧运通备案)', doc: '登记证件号码(入住)', remark: '核查意见(乡镇站)',
  created: 'lrsj(系统录入)', time: 'dwsj(GNSS)', device: '车载定位终端IMEI(牧运通)', city: '所属乡镇(街道)', shop: '乡镇畜牧兽医站',
};
const HELDOUT110: Record<FieldKey, string> = {
  name: '实名认证姓名(经办人)', gender: 'jbr_xb', mobile: '经办人手机号(提单验证码)', landline: 'gs_tel(公司固话)',
  id: '经办人身份证号码(CA实名)', email: '开票通知邮箱', address: '经营者住所(个体户)', card: '个人结算卡号(个体户提现)',
  balance: 'BZJ_KYYE(保证金可用余额/元)', passport: '护照号(海外钢厂考察)', permit: '港澳台居民往来内地通行证号',
  fpid: '外籍采购商永居证号', plate: '提货车号', lat: 'zt_lat(在途监管)', lng: 'zt_lng(在途监管)', ip: 'login_ip(交易大厅)',
  imei: 'App登录设备IMEI', mac: 'dev_mac(风控)', idfa: 'ios_idfa(风控)', account: '会员登录名(交易大厅)',
  password: 'login_pwd(明文,待迁移)', waybill: '发票快递单号', birth: 'CSRQ(实名认证)', diagnosis: '诊断结论(工伤申报)',
  dept: '工伤就诊科室', visitTime: '首诊日期(工伤)', checkin: '会务入住时间', checkout: '会务离店时间', room: '会务房间号',
  hotel: '会务协议酒店(钢贸峰会)', guest: '参会代表(住宿)', caller: 'CALLER_NO(400热线)', callee: 'CALLEE_NO(400热线)',
  callTime: 'CALL_BEGIN_TIME(400热线)', duration: 'TALK_SECONDS(400热线)', overdue: '质押融资逾期本息(元)', loan: '仓单质押融资额(元)',
  score: '钢贸商信用评分(风控模型)', orderNo: '采购合同号', amount: '结算金额(含税,元)', goods: '寄递内容(发票/合同/质保书)',
  senderName: '寄件人(平台财务部)', senderMobile: '寄件人联系电话(财务)', senderAddress: '寄件地址(平台财务部)',
  receiverName: '收货人(提货委托书)', receiverMobile: '收货人手机(提货委托书)', receiverAddress: '收货地址(到厂/到工地)',
  message: '撮合IM消息内容', sendTime: 'im_msg_sendtime', sender: '发言人(买方)', company: '钢贸商企业名称',
  uscc: '营业执照社会信用代码', hotline: '企业客服电话(对外)', sku: '资源编号(品名/规格/材质/钢厂)', product: '品名(螺纹/盘螺/热卷…)',
  price: '挂牌价(元/吨)', patient: '伤者(仓库吊装作业)', owner: '车辆所有人(提货车行驶证)', doc: '入住证件号码(会务)',
  remark: '业务员备注', created: 'hy_zcsj(会员注册)', time: 'dw_time(在途监管)', device: '北斗监管终端IMEI(在途货押)', city: '交货地',
  shop: '提货仓库(库点)',
};

const HELDOUT111: Record<FieldKey, string> = {
  name: '受种者姓名', gender: 'child_sex', mobile: '监护人手机(接种提醒)', landline: '家庭固话(随访)', id: '受种者身份证件号',
  email: '家长邮箱(电子报告单)', address: '现住址(预防接种证)', card: '预交金原路退费卡号(就诊卡)', balance: '就诊卡预交金余额(元)',
  passport: '护照号码(出国接种证明)', permit: '回乡证号(港澳籍儿童)', fpid: '永居证号(外籍患儿)', plate: '家长停车车牌(地下P1)',
  lat: 'ambu_lat', lng: 'ambu_lng', ip: 'last_login_ip(家长App)', imei: '推送设备IMEI', mac: 'wifi_mac(家长手机)',
  idfa: 'IDFA(iOS家长端)', account: 'app_user_acct', password: 'app_user_pwd', waybill: '药品配送运单号(互联网医院)',
  birth: '出生日期(月龄计算)', diagnosis: '门诊诊断(ICD-10)', dept: '就诊科室(儿保/专科)', visitTime: 'JZRQ(就诊日期)',
  checkin: '陪护入住时间', checkout: '陪护退房时间', room: '陪护公寓房号', hotel: '合作陪护公寓/酒店', guest: '入住陪护家属',
  caller: 'caller_no(预约中心)', callee: 'called_no(回拨家长)', callTime: 'yyzx_call_start', duration: 'yyzx_talk_len(s)',
  overdue: '信用就医逾期未结(元)', loan: '先诊疗后付费垫付额(元)', score: '信用就医分', orderNo: 'mymall_order_id',
  amount: '药费合计(元)', goods: '配送药品', senderName: '发药药师(互联网医院药房)', senderMobile: '互联网药房发货电话', senderAddress: '药房发货地址',
  receiverName: '收药家长', receiverMobile: '收药人电话', receiverAddress: '药品配送地址', message: '在线问诊消息',
  sendTime: 'msg_time(在线问诊)', sender: '提问家长', company: '疫苗配送企业', uscc: '配送企业信用代码', hotline: '配送企业联系电话',
  sku: '母婴商城SKU', product: '母婴商城品名', price: '商城售价(元)', patient: '患儿姓名', owner: '车辆登记家长',
  doc: '陪护人证件号', remark: '儿保医生备注', created: '建档时间(预防接种)', time: 'gps_time(转运)',
  device: '车载终端IMEI(新生儿转运)', city: '收药城市', shop: '取药药房(院区)',
};

const HELDOUT112: Record<FieldKey, string> = {
  name: '阿姨姓名', gender: 'ayi_xb', mobile: '阿姨手机号(接单)', landline: '紧急联系人固话(背调)', id: '身份证号(公安背调核验)',
  email: '简历接收邮箱', address: '现居住址(上户前)', card: '工资卡号(代发服务费)', balance: '阿姨钱包可提现余额(元)',
  passport: '护照号(海外陪产外派)', permit: '港澳台雇主证件号(回乡证/台胞证)', fpid: '外籍雇主永久居留证号(涉外家庭)', plate: '门禁报备车牌',
  lat: 'hlsh_wd(纬度)', lng: 'hlsh_jd(经度)', ip: 'dl_ip(阿姨端)', imei: '阿姨端手机IMEI', mac: '阿姨端WiFi MAC',
  idfa: 'IDFA(阿姨端iOS)', account: '雇主登录名', password: 'yhmm(明文)', waybill: '合同寄送快递单号',
  birth: '出生日期(月嫂≤55周岁)', diagnosis: '体检结论(健康证)', dept: '体检科别(上岗体检)', visitTime: '上岗体检日期',
  checkin: '岗前培训入住时间', checkout: '退宿时间(结业)', room: '培训宿舍房号', hotel: '培训住宿酒店(合作)', guest: '培训住宿学员(阿姨)',
  caller: 'zjhm(回访外呼)', callee: 'bjhm(回访外呼)', callTime: 'hjsj(呼叫开始)', duration: 'thsc(秒)',
  overdue: '培训贷逾期金额(元)', loan: '月嫂培训分期本金(元)', score: '阿姨信用分(背调综合)', orderNo: '家政订单编号',
  amount: '订单实付(元,含中介费)', goods: '寄件内容(三方合同/健康证)', senderName: '寄件人(门店)', senderMobile: '寄件门店电话',
  senderAddress: '门店寄件地址', receiverName: '收件人(雇主)', receiverMobile: '雇主收件电话', receiverAddress: '雇主收件地址',
  message: '沟通内容(雇主-阿姨)', sendTime: 'chat_send_time(雇主端)', sender: '发言人昵称', company: '合作家政公司(加盟商)',
  uscc: '加盟商统一社会信用代码', hotline: '门店服务热线', sku: 'xm_code(服务项目)', product: '服务项目名称', price: '项目单价(元)',
  patient: '受检阿姨姓名(上岗体检)', owner: '报备车主', doc: '入住证件号(培训住宿)', remark: '跟单备注(经纪人)',
  created: 'jdsj(建档时间)', time: 'hlsh_dwsj(定位时间)', device: '防走失手环IMEI(护老单)', city: '服务城市(上户地)', shop: '签约门店',
};

const HELDOUT113: Record<FieldKey, string> = {
  name: '会员姓名(实名认证)', gender: 'memberGender', mobile: '注册手机号(充电App)', landline: '固定电话(车队联系人)',
  id: 'idcard_no(实名)', email: '开票邮箱(充电电费发票)', address: '家充桩安装地址', card: '余额退款银行卡号',
  balance: '充电账户余额(元)', passport: '护照号码(外籍会员)', permit: '港澳台居民通行证号(会员)',
  fpid: '外国人永久居留身份证号(会员)', plate: '绑定车牌(占位费识别)', lat: '纬度(32960实时数据)', lng: '经度(32960实时数据)',
  ip: 'app_login_ip', imei: '手机IMEI(即插即充绑定)', mac: '手机WiFi MAC(风控)', idfa: 'IDFA(iOS充电App)',
  account: '会员账号(App/小程序)', password: 'login_passwd(明文)', waybill: '家充桩发货运单号', birth: '出生日期(实名信息)',
  diagnosis: '医院诊断(充电安全险理赔)', dept: '理赔就诊科室(充电安全险)', visitTime: '就诊日期(充电安全险出险)',
  checkin: '保电驻点入住时间', checkout: '保电驻点退房时间', room: '保电驻点房间号', hotel: '驻点酒店(高速保电)',
  guest: '驻点入住人(运维)', caller: 'CallerNum(400客服)', callee: 'CalleeNum(400客服)', callTime: 'CallStartTime(400客服)',
  duration: 'BillSec(400客服)', overdue: '充电白条逾期金额(元)', loan: '充电白条授信额度(元)', score: '司机信用分(白条准入)',
  orderNo: 'order_sn(充电商城)', amount: '实付(元)', goods: '发货物品(家充桩/充电卡)', senderName: '发货人(家充区域仓)',
  senderMobile: '发货人手机(区域仓)', senderAddress: '区域仓发货地址', receiverName: '收货车主', receiverMobile: '收货手机号(送装一体)',
  receiverAddress: '收货地址(送装一体)', message: '客服会话内容(App在线客服)', sendTime: 'chat_msg_ts(在线客服)', sender: '咨询会员',
  company: '车队企业名称(企业账户)', uscc: '统一社会信用代码(企业开票)', hotline: '客服热线(车队企业)', sku: 'sku_code(积分商城)',
  product: '积分商城商品名', price: '积分商城标价(元)', patient: '出险就医人(充电安全险)', owner: '车辆所有人(行驶证核验)',
  doc: '入住登记证件号(驻点)', remark: '场站运营备注', created: 'record_create_time', time: '数据采集时间(32960)',
  device: '车载终端IMEI(国标32960接入)', city: '场站所在城市', shop: '充电场站名称',
};

const HELDOUT114: Record<FieldKey, string> = {
  name: '代销者姓名', gender: 'dxz_xb', mobile: 'dxz_sjhm(业主手机)', landline: '网点固话', id: '代销者身份证号(签约核验)',
  email: '代销费对账邮箱', address: '户籍地址(代销者)', card: '代销费结算卡号(工行)', balance: 'ZD_YCK_YE(终端预存款余额/元)',
  passport: '兑奖人护照号码', permit: '兑奖人港澳台通行证号', fpid: '外籍兑奖人永居证号', plate: 'visitor_plate(兑奖大厅)',
  lat: 'zgy_lat', lng: 'zgy_lng', ip: 'wdpt_login_ip', imei: '网点通App设备IMEI', mac: 'WLAN MAC(网点通)', idfa: 'IDFA(网点通iOS)',
  account: '网点平台账号(站点编号)', password: '平台登录密码', waybill: '即开票配送单号', birth: 'CSRQ(代销者)',
  diagnosis: '出险诊断(意外险理赔)', dept: '就诊科别(出险病历)', visitTime: '就诊日期(出险)', checkin: '报到入住时间(岗前培训)',
  checkout: '结业退房时间', room: '住宿房号(岗培班)', hotel: '培训承办酒店', guest: '参训代销者', caller: '来电号码(兑奖咨询热线)',
  callee: '坐席回拨号码', callTime: '呼入时间(兑奖咨询)', duration: '通话时长s(兑奖咨询)', overdue: '网点贷逾期金额(元)',
  loan: '网点经营贷授信额(元)', score: '代销者信用分(网点星级)', orderNo: '物料请领单号', amount: '票款金额(元)',
  goods: '配送票种(顶呱刮)', senderName: '出库库管员(市分中心)', senderMobile: '库管员电话', senderAddress: '即开票库房地址',
  receiverName: '签收代销者', receiverMobile: '签收人手机', receiverAddress: '网点收货地址', message: '群消息内容(网点通)',
  sendTime: 'msg_send_time(网点通)', sender: '发言人(代销者)', company: '合作供应商(终端/票纸/物料)', uscc: '供应商统一社会信用代码',
  hotline: '厂商7×24报修热线', sku: 'wl_bm(物料编码)', product: '物料名称(宣传品/耗材)', price: '请领单价(元/件)', patient: '出险人(代销者团体意外险)',
  owner: '登记车主(兑奖大厅停车)', doc: '入住证件号(参训人)', remark: '专管员备注', created: 'qysj(签约录入)', time: 'zgy_dwsj',
  device: '专管员巡检PDA IMEI', city: '所属地市分中心', shop: '销售网点(站点编号)',
};

const HELDOUT115: Record<FieldKey, string> = {
  name: 'hzxm', gender: 'hz_xb(1男2女)', mobile: '手机号码(复诊提醒短信)', landline: '监护人座机(未成年正畸)', id: '身份证号(分期面签)',
  email: '邮箱(ClinCheck方案推送)', address: '联系地址(省市区+门牌)', card: '还款卡号(正畸月供)', balance: '预交金余额(元)',
  passport: '护照号(出国留学中断矫治)', permit: '来往内地通行证号(港澳台患者)', fpid: '永居证号码(外籍患者)', plate: '车牌(来诊免费停车)',
  lat: 'JSC_WD', lng: 'JSC_JD', ip: 'hzd_login_ip', imei: 'IMEI(戴牙套打卡App)', mac: 'MAC(戴牙套打卡App)', idfa: 'IDFA/OAID(戴牙套打卡App)',
  account: 'hzd_login_name', password: 'hzd_login_pwd', waybill: '保持器寄送运单号', birth: '出生日期(牙龄评估)',
  diagnosis: '诊断(安氏分类/牙位)', dept: '接诊科室(正畸/种植/儿牙/牙周)', visitTime: '就诊日期(初/复诊)', checkin: '报到入住时间(病例大会)',
  checkout: '离会退房时间(病例大会)', room: '房号(会务分房)', hotel: '病例大会协议酒店', guest: '参会医生(入住)', caller: '主叫(400预约中心来电)',
  callee: '被叫(咨询师手机)', callTime: '呼入时间(400)', duration: 'yyzx_thsc(秒)', overdue: '已逾期月供(元)',
  loan: '矫治分期金额(元)', score: '分期白名单分(合作机构)', orderNo: '结算单号(HIS收费)', amount: '收费金额(元,含邮费)',
  goods: '寄送物品(保持器/矫治器/附件模板)', senderName: '寄件医助', senderMobile: '医助工作手机', senderAddress: '寄件门诊地址',
  receiverName: '收件患者', receiverMobile: '患者收件手机', receiverAddress: '收件地址(患者填写)', message: '咨询内容(小程序在线咨询)',
  sendTime: '发送时间(在线咨询)', sender: '访客姓名(小程序)', company: '合作厂商(隐形矫治/托槽/耗材)', uscc: '厂商USCC',
  hotline: '厂商售后热线', sku: 'sfxm_bm(收费项目编码)', product: '项目名称(收费目录)', price: '目录价(元)', patient: '就诊患者(正畸复诊)',
  owner: '车主(来诊停车)', doc: '入住人证件号码(会务)', remark: '前台/客服备注', created: 'create_time(建档)', time: 'JSC_DWSJ',
  device: 'JSC_ZDIMEI', city: '诊所所在城市', shop: '就诊门诊(分院)',
};

const HELDOUT116: Record<FieldKey, string> = {
  name: '考生姓名(KSXM)', gender: 'xbdm', mobile: '手机号码(短信通知)', landline: 'gddh(家庭固话)', id: '身份证件号(SFZJH)',
  email: 'dzyx', address: '通讯地址(录取通知书寄达)', card: '退费银行卡号(报名考试费)', balance: '缴费账户余额(元)',
  passport: '护照号码(华侨港澳台考生)', permit: '港澳台居民来往内地通行证(台胞证/回乡证)号', fpid: 'yjjlzh(外国人永久居留)',
  plate: '送考车辆号牌(考点备案)', lat: 'sjyy_wd', lng: 'sjyy_jd', ip: 'wb_dlip(网报登录IP)', imei: 'IMEI(掌上考试院App)',
  mac: 'sb_mac', idfa: 'IDFA(掌上考试院iOS端)', account: '网报账号(报名号)', password: 'wbmm(网报密码)', waybill: '录取通知书EMS单号',
  birth: 'csrq', diagnosis: '体检结论(高考体检)', dept: '体检科目', visitTime: '体检日期(县区体检站)',
  checkin: 'rzsj(评卷教师入住)', checkout: 'ldsj(评卷教师离店)', room: '评卷点宿舍房号', hotel: '评卷教师驻地宾馆', guest: '入住评卷教师',
  caller: '来电号码(招考咨询热线)', callee: '呼入落地号(坐席)', callTime: 'ldsj_rx(热线来电时间)', duration: 'talk_secs(招考热线)',
  overdue: '生源地助学贷款逾期本息(元)', loan: '生源地信用助学贷款合同额(元)', score: '个人征信评分(助学贷款审核)',
  orderNo: '缴费订单号(报名考试费)', amount: 'jfje(元)', goods: '邮件内容(录取通知书/报到须知)', senderName: '寄件人(高校招生办)',
  senderMobile: '寄件人电话(招生办)', senderAddress: '寄件地址(高校招生办)', receiverName: '收件考生姓名',
  receiverMobile: '收件人手机(EMS投递)', receiverAddress: 'sjdz(收件地址)', message: '留言内容(招生咨询)', sendTime: '留言提交时间(网上咨询)',
  sender: '留言人(考生/家长)', company: '供应商名称(标准化考点建设)', uscc: 'tyshxydm(供应商)', hotline: '售后服务电话(供应商)',
  sku: 'cbwbh(出版物编号)', product: '招考资料名称', price: '定价(元/册)', patient: '受检考生', owner: '车辆所有人(送考备案)',
  doc: '评卷教师证件号(入住登记)', remark: '招办备注', created: 'cjsj', time: 'sjyy_dwsj(定位时间)', device: '押运车载北斗终端IMEI',
  city: '生源所在地市(州)', shop: '报名点(县区招办)',
};

const HELDOUT117: Record<FieldKey, string> = {
  name: 'rider_real_name(实名)', gender: 'rider_sex', mobile: '注册手机号(骑行App)', landline: '紧急联系固话(骑手)',
  id: 'cert_no(身份证/实名认证)', email: '行程发票接收邮箱', address: '常住地址(学生/骑手认证)', card: '退押收款卡号(原路退回失败)',
  balance: 'deposit_wallet_bal(押金+余额/元)', passport: '护照号(外籍用户实名)', permit: '港澳台通行证号(骑行实名)',
  fpid: '永居证号码(外籍骑行用户)', plate: '调度货车号牌(外包运维)', lat: 'lat_gcj02', lng: 'lng_gcj02', ip: 'reg_login_ip(骑行App)',
  imei: 'phone_imei(风控设备指纹)', mac: '手机蓝牙MAC(蓝牙开锁)', idfa: 'idfa_ios(拉新归因)', account: 'app_uname(骑行账号)',
  password: 'login_pwd(明文导出)', waybill: 'helmet_express_no(头盔寄送)', birth: 'birthday(实名核验)', diagnosis: '医院诊断结论(骑行意外险)',
  dept: '就诊科室(骑行险出险)', visitTime: '首诊日期(骑行险)', checkin: '驻地入住时间(跨城支援)', checkout: '驻地离店时间(跨城支援)',
  room: '驻地房号', hotel: '支援驻地酒店', guest: '入住运维员(跨城换电支援)', caller: 'cdr_from(骑行客服400)', callee: 'cdr_to(骑行客服400)',
  callTime: 'cdr_answer_at(骑行客服)', duration: 'cdr_talk_sec', overdue: '欠缴调度费(违停/出区/元)', loan: '免押信用额度(芝麻/支付分)',
  score: '文明骑行分', orderNo: 'mall_order_id(骑行商城)', amount: '订单实付金额(元)', goods: '寄送物品(头盔/骑行卡实体卡)',
  senderName: '城市仓发货人', senderMobile: '城市仓发货人手机', senderAddress: '城市仓发货地址(运维仓)', receiverName: '收件骑友',
  receiverMobile: '收件骑友手机', receiverAddress: '头盔收件地址', message: 'im_content(App在线客服)', sendTime: 'im_send_at',
  sender: 'im_from_nick(骑友)', company: '合作厂商(整车/电池/中控)', uscc: 'supplier_uscc(整车/电池厂)', hotline: '厂商售后热线',
  sku: 'spu_sku_code(骑行周边)', product: '骑行周边商品名', price: '周边标价(元)', patient: '出险骑行人(意外险)',
  owner: '调度货车车主(外包)', doc: '驻地登记证件号', remark: '运维调度备注', created: '工单创建时间(运维)', time: 'gps_report_time(中控上报)',
  device: '中控IMEI(电单车)', city: '运营城市(服务区)', shop: '权益商城入驻店铺',
};

const HELDOUT118: Record<FieldKey, string> = {
  name: '姓名(实有人口)', gender: 'XBDM', mobile: '联系电话(入户核实)', landline: '住宅固话', id: 'GMSFHM',
  email: '电子邮箱(网格通知)', address: 'XZZ_XZ(现住址详址)', card: '惠民惠农一卡通卡号', balance: '一卡通账户余额(元)',
  passport: '护照号码(境外人员临住)', permit: '港澳台居民证件号码(居住登记)', fpid: '外国人永居证号(临住登记)',
  plate: '车牌号码(小区停车登记)', lat: 'xcgj_wd', lng: 'xcgj_jd', ip: '最近登录IP(网格通)', imei: 'IMEI(社区通绑定)',
  mac: 'WLAN MAC(社区通绑定)', idfa: 'IDFA(社区通iOS)', account: '网格员账号', password: '网格员登录密码',
  waybill: 'EMS邮件号(居住证寄递)', birth: 'CSRQ(身份证核对)', diagnosis: '慢病诊断(家签随访)', dept: '签约团队(社区卫生服务站)',
  visitTime: '随访日期(家签)', checkin: '入住登记时间(日租房)', checkout: '退房时间(日租房)', room: '房间号(日租房)',
  hotel: '旅馆/日租房名称', guest: '住宿人员姓名(治安巡查)', caller: 'calling_no(街道值班电话)', callee: 'called_no(街道值班电话)',
  callTime: 'call_start_at(值班电话)', duration: 'talk_len(s)', overdue: '逾期未还本金(创业担保贷)', loan: '创业担保贷发放额(元)(劳动保障站)',
  score: '居民诚信积分(网格)', orderNo: '兑换单号(爱心超市)', amount: '自付金额(元)', goods: '邮寄物品(居住证/慰问品)',
  senderName: '寄件经办人(社区事务受理中心)', senderMobile: '经办人手机(寄件)', senderAddress: '寄件地址(社区事务受理中心)',
  receiverName: '居住证领取人', receiverMobile: '领取人手机(收件)', receiverAddress: '居住证邮寄地址',
  message: '群消息内容(网格微信群)', sendTime: 'fssj(群消息)', sender: '发言居民(群昵称)', company: '辖区单位名称(九小场所)',
  uscc: 'TYSHXYDM(辖区单位)', hotline: '单位对外服务电话', sku: '物品编码(爱心超市)', product: '兑换物品名称',
  price: '所需积分/单价(元)', patient: '家签居民姓名', owner: '车辆所有人(停车登记)', doc: '住宿人员证件号码', remark: '走访情况说明',
  created: '采集时间(网格员)', time: 'xcgj_dwsj', device: '网格通终端IMEI', city: '所属社区(居委会)', shop: '兑换网点(爱心超市)',
};

const HELDOUT119: Record<FieldKey, string> = {
  name: '卖机人姓名(实名登记)', gender: 'xb(身份证读卡)', mobile: '手机号(实名核验)', landline: '单位固话(企业批量回收)',
  id: 'SFZHM(旧货实名登记)', email: '数据清除证书接收邮箱', address: '上门回收地址(预约)', card: '回收款提现卡号',
  balance: 'hs_wallet_bal(回收款余额/元)', passport: '护照号码(外籍卖机人)', permit: '往来内地通行证号(港澳台卖机人)',
  fpid: '外国人永居证号(实名回收)', plate: '上门回收车牌号', lat: 'pda_lat', lng: 'pda_lon', ip: 'last_login_ip(加盟商后台)',
  imei: '旧机IMEI1(串码)', mac: 'WLAN_MAC(质检读取)', idfa: 'IDFA(估价App归因)', account: '加盟商后台账号', password: 'partner_login_pwd',
  waybill: '寄回运单号(顺丰上门取件)', birth: 'CSRQ(身份证读卡)', diagnosis: '工伤诊断(拆机/电池鼓包)', dept: '接诊科室(工伤)',
  visitTime: '工伤首诊日期(拆解车间)', checkin: 'rzsj(巡检差旅)', checkout: 'tfsj(巡检差旅)', room: '差旅房间号', hotel: '差旅协议酒店',
  guest: '入住巡检工程师', caller: 'calling_num(估价回访)', callee: 'called_num(估价回访)', callTime: 'callback_start_at',
  duration: '通话秒数(回访)', overdue: '换新分期逾期金额(元)', loan: '换新分期本金(元)', score: '换新信用评分',
  orderNo: 'trade_in_order_no', amount: '成交回收价(元)', goods: '寄件物品(旧机/配件)', senderName: '寄机人', senderMobile: '寄机人手机',
  senderAddress: '取件地址(寄机人)', receiverName: '收件人(换新新机)', receiverMobile: '收件人手机(换新新机)',
  receiverAddress: '收件地址(换新新机)', message: '咨询内容(在线估价)', sendTime: '消息时间(在线估价)', sender: '咨询用户昵称',
  company: '下游回收商(竞拍渠道)', uscc: '回收商统一社会信用代码', hotline: '回收商客服电话', sku: '良品SKU编码',
  product: '良品机型(成色)', price: '良品售价(元)', patient: '就诊员工(拆解车间)', owner: '回收车辆所有人', doc: '差旅入住证件号',
  remark: '质检备注', created: '回收单创建时间', time: 'pda_loc_time', device: 'PDA终端IMEI(上门回收员)', city: '点位所在城市',
  shop: '回收机点位(合作门店)',
};

const HELDOUT120: Record<FieldKey, string> = {
  name: 'YKXM(游客姓名)', gender: 'Gender(M/F)', mobile: '联系手机(登船通知短信)', landline: '家庭固话(紧急联络)',
  id: 'ZJHM_SFZ(居民身份证)', email: 'e-Ticket邮箱(电子船票/行程单)', address: '常住地址(APIS)', card: '船卡绑定信用卡/借记卡号',
  balance: 'Folio Balance(船上账户余额/元)', passport: '护照号(国际航线出境)', permit: '港澳通行证/台胞证号(挂靠港签注)',
  fpid: '外国人永居证号(Foreign PR Card)', plate: '自驾车牌(邮轮港停车场)', lat: 'tour_bus_lat', lng: 'tour_bus_lng',
  ip: 'LAST_LOGIN_IP(分销商门户)', imei: '上网设备IMEI(海上WiFi套餐)', mac: 'Device MAC(船上WiFi)', idfa: 'IDFA(邮轮App)',
  account: 'AGENT_USER_ID(分销商门户)', password: 'AGENT_PWD(分销商门户)', waybill: '失物招领寄回单号(快递)', birth: 'CSRQ(出生日期/APIS)',
  diagnosis: '船医诊断(Medical Center)', dept: '就诊科别(船上医务中心)', visitTime: '船医就诊日期', checkin: '登船前夜入住时间',
  checkout: '离店时间(前夜酒店)', room: '前夜酒店房号', hotel: '前夜酒店(邮轮港周边)', guest: '入住宾客(前夜酒店套餐)',
  caller: 'ANI(预订中心来电)', callee: 'called_no(预订中心)', callTime: 'call_start(预订中心)', duration: 'talk_time_sec',
  overdue: '船票分期逾期(元)', loan: '船票分期本金(元)', score: '分期准入分(合作消金)', orderNo: 'Booking No./订单号',
  amount: '实付金额(RMB)', goods: '寄回物品描述', senderName: '寄件人(宾客服务部)', senderMobile: '寄件人电话(宾客服务部)',
  senderAddress: '寄件地址(宾客服务部/揽收)', receiverName: '收件旅客', receiverMobile: '收件旅客联系手机', receiverAddress: '收件地址(失物寄回/免税提货)',
  message: '消息正文(船上App聊天)', sendTime: '消息时间(船上App)', sender: '发送旅客(App昵称/实名)', company: '包船/切舱旅行社',
  uscc: '旅行社统一信用代码', hotline: '旅行社客服热线', sku: 'ITEM_CODE(POS)', product: 'ITEM_DESC(商品/岸上游线路)',
  price: 'UNIT_PRICE(RMB)', patient: '就诊旅客(船医)', owner: '车主姓名(停车预约)', doc: '入住证件号(前夜酒店)',
  remark: 'GS备注(Guest Services)', created: 'CREATE_DT', time: 'GPS时间(岸上游大巴)', device: '岸上游大巴车载终端IMEI',
  city: '母港/挂靠港城市', shop: '船上店铺(免税/精品店)',
};

const HELDOUT121: Record<FieldKey, string> = {
  name: '来访者姓名(实名)', gender: '性别(生理性别)', mobile: '来访者手机(预约提醒短信)', landline: '家庭座机(紧急联络备用)',
  id: 'SFZH(实名建档核验)', email: '测评报告接收邮箱', address: '现住址(危机上门评估用)', card: '退费银行卡号(咨询包退款)',
  balance: '咨询包剩余金额(元)', passport: '护照号码(海外视频咨询)', permit: '港澳台来访者通行证号', fpid: '外籍来访者永居证号码',
  plate: '来访车牌(中心车位预约)', lat: 'outreach_lat', lng: 'outreach_lng', ip: 'booking_login_ip', imei: '视频咨询终端IMEI',
  mac: '终端MAC(视频咨询)', idfa: 'IDFA/OAID(预约App归因)', account: 'booking_uname', password: 'booking_upwd',
  waybill: '寄送运单号(纸质报告/读物)', birth: '出生日期(量表常模分组)', diagnosis: '初评印象(ICD-10)', dept: '咨询方向/评估科室',
  visitTime: '初始访谈日期', checkin: '工作坊报到入住时间', checkout: '工作坊退房时间', room: '学员房号(工作坊)',
  hotel: '工作坊协议酒店', guest: '入住学员姓名', caller: 'crisis_ani(来电号码)', callee: 'crisis_dnis(接听坐席)',
  callTime: 'crisis_call_start', duration: 'crisis_talk_sec', overdue: '疗程分期逾期金额(元)', loan: '疗程分期本金(元)',
  score: '疗程分期准入分(消金合作方)', orderNo: '预约单号(咨询/测评)', amount: '实付金额(元,含优惠券抵扣)', goods: '寄送物品(报告/读物/减压玩具)',
  senderName: '寄件人(中心前台)', senderMobile: '寄件人手机(前台值班)', senderAddress: '寄出地址(咨询中心)', receiverName: '收件来访者',
  receiverMobile: '收件人手机(来访者本人)', receiverAddress: '邮寄地址(纸质测评报告)', message: '文字咨询消息内容',
  sendTime: '消息发送时间(文字咨询)', sender: '发言来访者', company: 'EAP合作企业名称', uscc: '统一社会信用代码(EAP合同)',
  hotline: 'EAP员工专线', sku: '项目编码(咨询服务目录)', product: '服务项目名称(个体/伴侣/测评)', price: '标准单价(元/节)',
  patient: '就诊来访者(合作精神科门诊)', owner: '车主(来访停车预约)', doc: '学员入住证件号', remark: '前台接待备注', created: '来访者建档时间',
  time: 'loc_time(外展工牌)', device: '外展定位工牌IMEI', city: '分中心所在城市', shop: '咨询分中心/工作室',
};

const HELDOUT122: Record<FieldKey, string> = {
  name: '物主姓名/申请人', gender: 'XB(男/女)', mobile: '联系手机(查验/缴税通知)', landline: '国内固话(区号-号码)',
  id: '申请人证件号码(自用物品申请表)', email: 'Email(税单/报关单推送)', address: '国内住址(入境后常住)', card: '退税/退押金银行卡号',
  balance: '预付款账户余额(CNY)', passport: 'Passport No.(回国人员/留学生)', permit: '回乡证/台胞证号码(港澳台物主)', fpid: '外籍物主永居证号',
  plate: '提货车牌号(厢货)', lat: 'Lat(搬家柜)', lng: 'Lon(搬家柜)', ip: '最近登录IP(客户自助平台)', imei: '随身手机IMEI(申报清单)',
  mac: '笔记本MAC(申报清单)', idfa: 'IDFA(下单App/iOS)', account: 'LoginName(客户自助平台)', password: 'LoginPwd(客户自助平台)',
  waybill: '国内段派送单号(清关后)', birth: 'DOB(物主)', diagnosis: '伤情诊断(装卸作业)', dept: '就诊科室(装卸工伤)',
  visitTime: '就诊日(仓库装卸受伤)', checkin: '入住时间(驻场报关员)', checkout: '退房时间(驻场报关员)', room: '入住房号(驻场)',
  hotel: '口岸协议酒店', guest: '住客(驻场报关员)', caller: '来电号码(客服中心)', callee: '被叫号码(客服外呼)',
  callTime: '通话开始时间(客服中心)', duration: 'Talk Sec(客服中心)', overdue: '垫付税款逾期额(元)', loan: '垫付税款本金(元)',
  score: '垫税授信评分', orderNo: '委托单号(Job No.)', amount: '费用合计(RMB)', goods: '品名(旧自用物品)',
  senderName: '托运人(Shipper)', senderMobile: '托运人手机(上门打包)', senderAddress: '上门打包地址', receiverName: '收货人(Consignee)',
  receiverMobile: '收货人手机(派送预约)', receiverAddress: '派送地址(门到门)', message: '聊天内容(企微客户群)',
  sendTime: '企微消息时间', sender: '发言人(客户)', company: '境外代理/合作报关行', uscc: '统一社会信用代码(报关企业备案)',
  hotline: '服务热线(400/800)', sku: '包材编号', product: '品名(包材/增值服务)', price: '单价(元/件)', patient: '伤者姓名(装卸工伤)',
  owner: '车主(提货车辆)', doc: '住客证件号码(差旅)', remark: '操作备注(OP)', created: '录单时间', time: '定位时间(搬家柜)',
  device: '搬家柜定位器IMEI', city: '进境口岸城市(关区)', shop: '揽收网点',
};

const HELDOUT123: Record<FieldKey, string> = {
  name: 'XINGMING', gender: 'XINGBIE', mobile: 'SJHM(手机号码)', landline: 'GDDHHM(固定电话号码)', id: 'ZJHM(证件号码)',
  email: 'DZYX(电子邮箱)', address: 'JTZZ(家庭住址)', card: '公积金联名卡卡号', balance: 'GRZHYE(个人账户余额)',
  passport: '护照号码(出境定居销户提取)', permit: '港澳台居民来往内地证件号(缴存登记)', fpid: '外国人永久居留身份证号(外籍职工缴存)',
  plate: '名下车辆号牌(公租房准入核查)', lat: 'hc_lat(入户核查)', lng: 'hc_lng(入户核查)', ip: '登录IP(单位网厅)',
  imei: 'deviceImei(手机公积金绑定)', mac: 'deviceMac(手机公积金绑定)', idfa: 'deviceIdfa(iOS)', account: '经办人登录名(单位网厅)',
  password: '网厅登录密码', waybill: 'EMS邮件号(结清证明寄递)', birth: 'CSNY(出生年月)', diagnosis: '疾病名称(重特大疾病提取)',
  dept: '出具诊断证明科室', visitTime: '确诊日期(诊断证明书)', checkin: '入住办理时间(人才公寓)', checkout: '退房交钥匙时间(人才公寓)', room: '房号(人才公寓)',
  hotel: '人才公寓(合作酒店/自持)', guest: '入住人(人才公寓)', caller: '来电号码(12329)', callee: '外呼被叫(12329回访)',
  callTime: '通话开始时间(12329)', duration: 'THSC(通话时长/s)', overdue: 'YQBJ(逾期本金/元)', loan: 'DKFFE(贷款发放额/元)',
  score: '缴存人信用评分(贷前)', orderNo: '安居商城订单号', amount: 'ZFJE(实付/元)', goods: '寄递材料名称',
  senderName: '寄件经办人(服务大厅)', senderMobile: '经办人电话(寄件)', senderAddress: '寄件网点地址(管理部)',
  receiverName: '收件人(邮寄/配送)', receiverMobile: '收件人电话(邮寄/配送)', receiverAddress: '邮寄送达地址',
  message: '留言内容(网上咨询)', sendTime: '留言时间(网上咨询)', sender: '留言人(实名认证)', company: 'DWMC(物业服务企业/公租房小区)',
  uscc: '物业企业统一社会信用代码', hotline: '物业24小时服务热线', sku: 'spbm(安居商城)', product: 'spmc(家具家电)',
  price: '成交单价(元)', patient: '患病人姓名(大病提取)', owner: '车辆所有人(申请家庭成员)', doc: '入住证件号码(人才公寓)',
  remark: '经办备注', created: 'SLSJ(受理时间)', time: '定位时间(入户核查)', device: '核查终端IMEI(执法记录仪)',
  city: '配送区县', shop: '入驻商户(安居商城)',
};

export function headersOf(variant: Variant): Record<FieldKey, string> {
  return { dev: DEV, heldout: HELDOUT, heldout2: HELDOUT2, heldout3: HELDOUT3, heldout4: HELDOUT4, heldout5: HELDOUT5, heldout6: HELDOUT6, heldout7: HELDOUT7, heldout8: HELDOUT8, heldout9: HELDOUT9, heldout10: HELDOUT10, heldout11: HELDOUT11, heldout12: HELDOUT12, heldout13: HELDOUT13, heldout14: HELDOUT14, heldout15: HELDOUT15, heldout16: HELDOUT16, heldout17: HELDOUT17, heldout18: HELDOUT18, heldout19: HELDOUT19, heldout20: HELDOUT20, heldout21: HELDOUT21, heldout22: HELDOUT22, heldout23: HELDOUT23, heldout24: HELDOUT24, heldout25: HELDOUT25, heldout26: HELDOUT26, heldout27: HELDOUT27, heldout28: HELDOUT28, heldout29: HELDOUT29, heldout30: HELDOUT30, heldout31: HELDOUT31, heldout32: HELDOUT32, heldout33: HELDOUT33, heldout34: HELDOUT34, heldout35: HELDOUT35, heldout36: HELDOUT36, heldout37: HELDOUT37, heldout38: HELDOUT38, heldout39: HELDOUT39, heldout40: HELDOUT40, heldout41: HELDOUT41, heldout42: HELDOUT42, heldout43: HELDOUT43, heldout44: HELDOUT44, heldout45: HELDOUT45, heldout46: HELDOUT46, heldout47: HELDOUT47, heldout48: HELDOUT48, heldout49: HELDOUT49, heldout50: HELDOUT50, heldout51: HELDOUT51, heldout52: HELDOUT52, heldout53: HELDOUT53, heldout54: HELDOUT54, heldout55: HELDOUT55, heldout56: HELDOUT56, heldout57: HELDOUT57, heldout58: HELDOUT58, heldout59: HELDOUT59, heldout60: HELDOUT60, heldout61: HELDOUT61, heldout62: HELDOUT62, heldout63: HELDOUT63, heldout64: HELDOUT64, heldout65: HELDOUT65, heldout66: HELDOUT66, heldout67: HELDOUT67, heldout68: HELDOUT68, heldout69: HELDOUT69, heldout70: HELDOUT70, heldout71: HELDOUT71, heldout72: HELDOUT72, heldout73: HELDOUT73, heldout74: HELDOUT74, heldout75: HELDOUT75, heldout76: HELDOUT76, heldout77: HELDOUT77, heldout78: HELDOUT78, heldout79: HELDOUT79, heldout80: HELDOUT80, heldout81: HELDOUT81, heldout82: HELDOUT82, heldout83: HELDOUT83, heldout84: HELDOUT84, heldout85: HELDOUT85, heldout86: HELDOUT86, heldout87: HELDOUT87, heldout88: HELDOUT88, heldout89: HELDOUT89, heldout90: HELDOUT90, heldout91: HELDOUT91, heldout92: HELDOUT92, heldout93: HELDOUT93, heldout94: HELDOUT94, heldout95: HELDOUT95, heldout96: HELDOUT96, heldout97: HELDOUT97, heldout98: HELDOUT98, heldout99: HELDOUT99, heldout100: HELDOUT100, heldout101: HELDOUT101, heldout102: HELDOUT102, heldout103: HELDOUT103, heldout104: HELDOUT104, heldout105: HELDOUT105, heldout106: HELDOUT106, heldout107: HELDOUT107, heldout108: HELDOUT108, heldout109: HELDOUT109, heldout110: HELDOUT110, heldout111: HELDOUT111, heldout112: HELDOUT112, heldout113: HELDOUT113, heldout114: HELDOUT114, heldout115: HELDOUT115, heldout116: HELDOUT116, heldout117: HELDOUT117, heldout118: HELDOUT118, heldout119: HELDOUT119, heldout120: HELDOUT120, heldout121: HELDOUT121, heldout122: HELDOUT122, heldout123: HELDOUT123 }[variant];
}

/** Free-text phrasings; `{x}` placeholders are filled by the layouts. */
export interface TextPhrasings {
  hotelLog: string;
  chat: string;
  loginLog: string;
  gpsLog: string;
  serviceNote: string;
  proseName: string;
  hotlineNote: string;
  orderNote: string;
}

const DEV_TEXT: TextPhrasings = {
  hotelLog: '用户{name}({mobile})于{date} {time}入住{hotel}{room}房',
  chat: '[{date} {time}] {name}({mobile})：{text}',
  loginLog: '{date} {time} 用户登录 账号 {account} 密码：{password} IP {ip}',
  gpsLog: '{date} {time} 设备IMEI:{imei} 手机{mobile} 定位 {lat},{lng}',
  serviceNote: '客户{name}，手机{mobile}，身份证{id}，反映订单未送达',
  proseName: '{name}来电咨询{product}价格',
  hotlineNote: '客服热线{hotline}，工作时间9:00-18:00',
  orderNote: '订单号{orderNo}已发货，金额{price}元',
};

const HELDOUT_TEXT: TextPhrasings = {
  hotelLog: '[{date} {time}] 旅客 {name} 手机号{mobile} 办理入住，房间{room}，{hotel}',
  chat: '{date} {time} {name}({mobile}): {text}',
  loginLog: 'login ok user={account} password={password} from {ip} at {date}T{time}',
  gpsLog: 'imei={imei} lat={lat} lng={lng} ts={date}T{time} phone={mobile}',
  serviceNote: '来电人：{name}，电话 {mobile}，证件 {id}，投诉快递未送达',
  proseName: '今天{name}问了{product}的库存',
  hotlineNote: '如有疑问请拨打{hotline}',
  orderNote: '单号 {orderNo} 金额 {price}',
};

const HELDOUT2_TEXT: TextPhrasings = {
  hotelLog: '{date} {time} 前台登记 住客{name} 电话{mobile} 入住{hotel} {room}室',
  chat: '<{date} {time}> {name}({mobile}) 说：{text}',
  loginLog: '[auth] {date} {time} account={account} pwd={password} ip={ip} result=success',
  gpsLog: '{date} {time} 终端{imei} 上报位置({lng},{lat}) 绑定手机{mobile}',
  serviceNote: '工单：用户{name}（{mobile}）身份证号{id}，快递丢失申请理赔',
  proseName: '{name}说{product}不错',
  hotlineNote: '售后电话 {hotline}',
  orderNote: '交易流水 {orderNo}',
};

const HELDOUT3_TEXT: TextPhrasings = {
  hotelLog: '{date} {time} 入住登记：{name}，{mobile}，{hotel}{room}',
  chat: '{date} {time} {name}: {text} [{mobile}]',
  loginLog: '{date} {time} INFO auth success uid={account} passwd={password} remote_ip={ip}',
  gpsLog: 'GPS {date}T{time} dev={imei} pos={lat},{lng} tel={mobile}',
  serviceNote: '回访记录：{name}先生/女士，电话{mobile}，身份证{id}，对订单配送满意',
  proseName: '{name}很喜欢{product}',
  hotlineNote: '全国统一服务热线：{hotline}',
  orderNote: '支付成功 流水号{orderNo}',
};

const HELDOUT4_TEXT: TextPhrasings = {
  hotelLog: '登记入住 {date} {time}｜住客：{name}｜手机：{mobile}｜{hotel} {room}号房',
  chat: '{name}({mobile}) {date} {time}: {text}',
  loginLog: 'user {account} logged in from {ip}, password: {password}',
  gpsLog: '{date} {time} GPS fix imei {imei} {lat} N {lng} E phone {mobile}',
  serviceNote: '用户反馈（姓名：{name} 手机：{mobile} 身份证：{id}）订单配送超时',
  proseName: '听说{name}买了{product}',
  hotlineNote: '服务电话{hotline}（免费）',
  orderNote: '订单{orderNo}支付完成',
};

const HELDOUT5_TEXT: TextPhrasings = {
  hotelLog: 'checkin guest={name} mobile={mobile} hotel={hotel} room={room} time={date} {time}',
  chat: '{date} {time} | {name} | {mobile} | {text}',
  loginLog: '{date} {time} login account:{account} password:{password} ip:{ip}',
  gpsLog: '{"imei":"{imei}","lat":{lat},"lng":{lng},"mobile":"{mobile}"}',
  serviceNote: '客户反馈：{name}，手机号{mobile}，身份证号{id}，订单丢件',
  proseName: '{name}觉得{product}太贵了',
  hotlineNote: '详询{hotline}',
  orderNote: 'order {orderNo} paid',
};

const HELDOUT6_TEXT: TextPhrasings = {
  hotelLog: '【入住】{name} {mobile} {hotel} {room} {date} {time}',
  chat: '{date} {time} 来自{name}（{mobile}）的消息：{text}',
  loginLog: 'UserLogin account={account}&password={password}&ip={ip}',
  gpsLog: '{date} {time} 位置上报 IMEI={imei} 经纬度={lng},{lat} 联系电话={mobile}',
  serviceNote: '投诉单 姓名:{name} 电话:{mobile} 身份证:{id} 内容:快递延误',
  proseName: '{name}在店里买了{product}',
  hotlineNote: '客服电话{hotline}',
  orderNote: '订单 {orderNo} 已签收',
};

const HELDOUT7_TEXT: TextPhrasings = {
  hotelLog: '住宿登記｜{name}｜手機 {mobile}｜{hotel}{room}｜{date} {time}',
  chat: '{name}<{mobile}> {date} {time}\n{text}',
  loginLog: 'time="{date} {time}" level=info msg=login user={account} passwd="{password}" clientIP={ip}',
  gpsLog: '{imei},{mobile},{lng},{lat},{date} {time}',
  serviceNote: '客戶{name}（手機{mobile}，身分證{id}）來電反映包裹遺失',
  proseName: '{name}昨天下單了{product}',
  hotlineNote: '客服專線：{hotline}',
  orderNote: '#{orderNo} 已出庫',
};

const HELDOUT8_TEXT: TextPhrasings = {
  hotelLog: '旅馆业登记 {date} {time} {hotel} 房间{room} 旅客:{name} 电话:{mobile}',
  chat: '{date} {time} {name}({mobile})\n{text}',
  loginLog: '{"event":"login","account":"{account}","pwd":"{password}","ip":"{ip}","ts":"{date} {time}"}',
  gpsLog: '[{date} {time}] track: device {imei}, sim {mobile}, loc {lat}/{lng}',
  serviceNote: '12345热线工单 来电号码{mobile} 诉求人{name} 证件号{id} 诉求：快递延误',
  proseName: '{product}是{name}推荐的',
  hotlineNote: '如需帮助请致电{hotline}',
  orderNote: '【发货通知】您的订单{orderNo}已发出',
};

const HELDOUT9_TEXT: TextPhrasings = {
  hotelLog: '{date} {time} 【前台】{name} 办理入住 {room} 联系方式 {mobile} @{hotel}',
  chat: 'From: {name} <{mobile}>  Sent: {date} {time}  Msg: {text}',
  loginLog: 'POST /api/login?username={account}&pass={password} {ip} [{date} {time}]',
  gpsLog: '{date} {time} 设备{imei}（绑定{mobile}）当前位置 东经{lng} 北纬{lat}',
  serviceNote: '信访登记：当事人{name}，身份证号码{id}，联系电话{mobile}，反映快递包裹丢失',
  proseName: '{name}托我帮忙买{product}',
  hotlineNote: '投诉举报电话：{hotline}',
  orderNote: 'Order #{orderNo} shipped',
};

// A 旅馆业 upload line in pinyin-initial key:value pairs, a 企业微信 chat-archive JSON line, a
// syslog-style SSO login, a JT808 vehicle-terminal line, a pipe-separated after-sales ticket and
// an Alipay payment-callback query string.
const HELDOUT10_TEXT: TextPhrasings = {
  hotelLog: 'LKXM:{name}|LXDH:{mobile}|LGMC:{hotel}|FJH:{room}|RZSJ:{date} {time}',
  chat: '{"msgtime":"{date} {time}","from_name":"{name}","from_mobile":"{mobile}","msgtype":"text","text":{"content":"{text}"}}',
  loginLog: '{date} {time} sso-web01 auth[1187]: login success user_name={account} user_pwd={password} client={ip}',
  gpsLog: '[JT808] {date} {time} 终端手机号:{mobile} IMEI:{imei} 纬度:{lat} 经度:{lng} 速度:0km/h',
  serviceNote: '【售后工单】客户:{name}|手机:{mobile}|证件:{id}|问题:外卖订单漏送，申请退款',
  proseName: '{name}在群里问{product}还有没有货',
  hotlineNote: '有任何问题可拨打官方客服{hotline}转人工',
  orderNote: 'GET /api/pay/callback?out_trade_no={orderNo}&total_amount={price}&trade_status=TRADE_SUCCESS HTTP/1.1 200',
};

// An SMS-gateway submit line for a hotel's check-in notice, a customer-service IM export line,
// a Spring Boot log printing a Lombok login form, an MQTT location publish from a children's
// watch, a ride-hailing complaint note, a seller's new-order notice and an SMS opt-out footer.
const HELDOUT11_TEXT: TextPhrasings = {
  hotelLog: '{date} {time} sms-gw submit mobile={mobile} sign=【{hotel}】 content="尊敬的{name}，您已入住{room}房间，退房时间为次日12:00前，祝您入住愉快。" status=DELIVRD',
  chat: '{date} {time} 【访客】{name}（手机号：{mobile}）：{text}',
  loginLog: '{date} {time}.318  INFO 1 --- [nio-8080-exec-7] c.x.auth.web.AuthController : login request LoginForm(loginId={account}, password={password}, rememberMe=false), remoteIp={ip}',
  gpsLog: '{date} {time} [mqtt] PUBLISH watch/{imei}/location {"sim":"{mobile}","lat":"{lat}","lon":"{lng}","type":"GPS"}',
  serviceNote: '乘客投诉：{name}（注册手机{mobile}，实名认证身份证{id}）称司机绕路，申请退还多收车费',
  proseName: '据{name}反馈，{product}收到时外包装有破损',
  hotlineNote: '退订回TD，咨询请致电{hotline}',
  orderNote: '您有一笔新订单待发货，订单编号：{orderNo}，商品金额：¥{price}，请在48小时内发货',
};

// A 接处警 record's narrative, a dating app's moderation-review line, an Nginx JSON access log
// carrying a form-login request body, an Android logcat line printing a Location, a
// number-portability (携号转网) application, a training centre's note, a property notice and a
// Kafka consumer record.
const HELDOUT12_TEXT: TextPhrasings = {
  hotelLog: '{date} {time}许，{hotel}前台报警称：{room}房住客{name}（联系电话{mobile}）反映房内财物被盗，已派警前往处置。',
  chat: '[风控复审] {date} {time} 用户“{name}”（实名手机 {mobile}）私信内容：「{text}」 处置结果：正常',
  loginLog: '{"time_iso8601":"{date}T{time}:05+08:00","remote_addr":"{ip}","request":"POST /j_spring_security_check HTTP/1.1","status":302,"request_body":"j_username={account}&j_password={password}&remember-me=on"}',
  gpsLog: '{date} {time}:41.207  2214  2290 I LocUploader: report imei={imei} line1Number={mobile} Location[gps {lat},{lng} hAcc=15 et=+2d4h13m22s alt=36.5 vel=0.0 bear=0.0]',
  serviceNote: '携号转网申请：机主{name}，证件号码{id}，携出号码{mobile}，授权码已下发，待携入方受理。',
  proseName: '{name}老师说{product}可以当结课奖品',
  hotlineNote: '物业24小时报修电话：{hotline}（节假日不休）',
  orderNote: 'ConsumerRecord(topic = order-paid, partition = 3, leaderEpoch = 0, offset = 1882731, CreateTime = 1767225600000, key = null, value = {"orderNo":"{orderNo}","payAmount":"{price}","payStatus":"SUCCESS"})',
};

// A hotel smart-lock platform's check-in notice, a WhatsApp-style export of a work group whose
// nicknames carry the phone number, an IIS W3C log line of a WebForms login, a bike-sharing
// lock-close line, a bank's anti-fraud (反诈) alert, a live-stream prize notice, a Hong Kong
// hotline footer and a cross-border customs (清关) status note.
const HELDOUT13_TEXT: TextPhrasings = {
  hotelLog: '[{date} {time}] 智能门锁 {hotel}-{room} 已向住客{name}（{mobile}）下发入住密码，有效期至离店日12:00',
  chat: '[{date} {time}:07] {name}-{mobile}: {text}',
  loginLog: '{date} {time}:33 10.20.1.15 GET /Member/Login.aspx txtUser={account}&txtPwd={password}&btnLogin=%E7%99%BB%E5%BD%95 80 - {ip} Mozilla/5.0+(Windows+NT+10.0;+Win64;+x64) 200 0 0 46',
  gpsLog: '{date} {time} 【还车】用户{mobile}在 lat:{lat} lon:{lng} 关锁成功，锁IMEI {imei}，订单已结束计费',
  serviceNote: '【反诈预警】持卡人{name}（证件号{id}）拟向涉诈账户转账5万元，已致电预留手机{mobile}劝阻，客户表示暂停交易。',
  proseName: '恭喜{name}在直播间抽中{product}，请联系客服领取',
  hotlineNote: '如有查詢，請致電客戶服務熱線 {hotline}（星期一至五 上午9時至下午6時）',
  orderNote: '【清关状态】订单{orderNo}已向海关申报，完税价格{price}元，预计1-3个工作日放行',
};

// A WeChat official-account template-message push for a check-in, an Android SMS Backup & Restore
// XML element, a PowerShell script-block (4104) event exported to CSV with a credential in it, an
// SMS-gateway uplink of a GPS tracker's location reply, a concert ticket-refund register, a charity's
// thanks, an express-locker notice and a WeChat Pay bill row.
const HELDOUT14_TEXT: TextPhrasings = {
  hotelLog: '{date} {time} wx-tmpl send ok {"touser":"oUpF8uMuAJO_M2pxb1Q9zNjWeS6o","data":{"first":{"value":"{name}您好，您已成功办理入住"},"keyword1":{"value":"{hotel}"},"keyword2":{"value":"{room}"},"keyword3":{"value":"{mobile}"},"remark":{"value":"如需续住请提前联系前台"}}}',
  chat: '<sms protocol="0" address="{mobile}" date="1767254400000" type="1" subject="null" body="{text}" read="1" status="-1" locked="0" date_sent="0" readable_date="{date} {time}:18" contact_name="{name}" />',
  loginLog: '"{date} {time}:12","4104","Microsoft-Windows-PowerShell","Creating Scriptblock text (1 of 1): $pw = ConvertTo-SecureString \'{password}\' -AsPlainText -Force; $cred = New-Object System.Management.Automation.PSCredential(\'{account}\', $pw); Enter-PSSession -ComputerName {ip} -Credential $cred"',
  gpsLog: '[{date} {time}] MO src={mobile} dest=106900881234 msg="IMEI:{imei} Lat:N{lat},Lon:E{lng},Course:0.00,Speed:0.00Km/h,GPS:A"',
  serviceNote: '演出延期退票登记 观演人：{name} / 实名证件：{id} / 手机：{mobile} / 处理结果：已原路退款，预计3-5个工作日到账',
  proseName: '感谢爱心人士{name}向山区小学捐赠{product}一批',
  hotlineNote: '如柜门未弹开或取件码失效，请拨打快递柜服务热线{hotline}',
  orderNote: '2026-03-14 12:31:08,商户消费,便利蜂,"扫码付款",支出,¥{price},零钱,支付成功,4200002715202603145826374601\t,{orderNo}\t,"/"',
};

// An Elasticsearch search hit of a hotel-PMS check-in event, a Feishu message-audit TSV row, a
// FreeRADIUS log line forwarded by syslog with auth_goodpass on, a fleet platform's geofence
// alert, a rental apartment's move-out settlement note, a kindergarten teacher's note, a scenic
// area's visitor notice and a marathon's registration SMS.
const HELDOUT15_TEXT: TextPhrasings = {
  hotelLog: '{"_index":"pms-guest-events","_id":"Fq3kj40BxU1uWlZ7a2Pp","_score":1.0,"_source":{"@timestamp":"{date}T{time}:00.000+08:00","event.action":"check_in","hotel.name":"{hotel}","room.no":"{room}","guest.name":"{name}","guest.phone":"{mobile}"}}',
  chat: '{date} {time}:26\t{name}\t+86 {mobile}\t单聊\t文本\t{text}',
  loginLog: '{date}T{time}:33+08:00 radius01 radiusd[1423]: (5) Login OK: [{account}/{password}] (from client vpn-gw01 port 0 cli {ip})',
  gpsLog: '【电子围栏告警】{date} {time} 终端 {imei}（SIM卡 {mobile}）驶出围栏“华东一号仓”，最后位置 WGS84({lng}, {lat})，请及时核实',
  serviceNote: '退租结算：租客{name}，身份证{id}，联系电话{mobile}，押金2500元扣除保洁费150元后原路退回，请财务跟进。',
  proseName: '{name}家长反馈孩子的{product}落在教室了，请值班老师帮忙找一下',
  hotlineNote: '景区游客服务中心：{hotline}，旺季开放时间7:30-18:00，闭园前一小时停止入园',
  orderNote: '【2026城市马拉松】您已成功报名全程马拉松项目，报名订单号{orderNo}，已缴报名费{price}元，参赛包领取时间另行通知。',
};

// The same company's lines: its 商旅 DingTalk robot's check-in reminder as the webhook log prints it,
// a customer-service IM transcript exported as HTML, a MyBatis debug log of the app's login-log
// insert, a Redis MONITOR line of the driver app's location cache, a call-centre agent's 来电小结,
// an internal admin notice, a loan contract's complaint clause and a SQL INSERT from a mall dump.
const HELDOUT16_TEXT: TextPhrasings = {
  hotelLog: '{date} {time} [travel-bot] POST https://oapi.dingtalk.com/robot/send?access_token=*** {"msgtype":"markdown","markdown":{"title":"差旅入住提醒","text":"#### 差旅入住提醒\\n> 出差人：{name}\\n> 手机：{mobile}\\n> 酒店：{hotel}\\n> 房间：{room}\\n> 入住时间：{date} {time}"}} -> {"errcode":0,"errmsg":"ok"}',
  chat: '<div class="msg msg-visitor"><span class="nick">{name}（{mobile}）</span> <span class="time">{date} {time}</span><p class="content">{text}</p></div>',
  loginLog: '{date} {time}.482 DEBUG 23117 --- [nio-8080-exec-3] c.x.app.mapper.LoginLogMapper.insert : ==>  Preparing: INSERT INTO t_login_log (login_name, login_pwd, login_ip, channel) VALUES (?, ?, ?, ?)\n{date} {time}.483 DEBUG 23117 --- [nio-8080-exec-3] c.x.app.mapper.LoginLogMapper.insert : ==> Parameters: {account}(String), {password}(String), {ip}(String), APP(String)',
  gpsLog: '1767254400.318842 [0 10.8.3.21:52114] "HMSET" "tms:driver:loc:{mobile}" "imei" "{imei}" "lat" "{lat}" "lng" "{lng}" "updated_at" "{date} {time}"',
  serviceNote: '来电小结（工号8023）：{name}来电，已核实身份证{id}及注册手机{mobile}，反映商城分期订单显示已签收但本人未收到货，已升级物流专员核查，48小时内回电。',
  proseName: '行政部通知：{name}订购的年会奖品{product}已到货，请于本周五前到前台领取',
  hotlineNote: '借款人对本合同有任何疑问或投诉，可致电贷款人客服热线{hotline}，贷款人应于15个工作日内予以答复。',
  orderNote: "INSERT INTO `mall_order` (`order_no`, `pay_amount`, `pay_status`, `pay_channel`) VALUES ('{orderNo}', {price}.00, 2, 'wxpay');",
};

// The same hospital group's lines: an OA message-centre row closing a visiting-staff lodging request,
// a Tencent Cloud IM after-send callback logged by the internet hospital, the integration platform's
// log of a SOAP operator login, a Celery worker saving a 互联网+护理 nurse's track point, a 12320
// health-hotline 转办单, the patient app's lost-and-found notice, an appointment footer and a row of
// the mall's bank-reconciliation XML.
const HELDOUT17_TEXT: TextPhrasings = {
  hotelLog: '{date} {time}\t流程通知\t《外请专家/进修人员住宿安排单》已归档：住宿人 {name}，联系电话 {mobile}，安排入住 {hotel} {room} 房，费用由科教科与协议酒店按月结算。',
  chat: '{date} {time}:52.117 [http-nio-8090-exec-12] INFO  c.h.ih.im.TimCallbackController - C2C.CallbackAfterSendMsg {"From_Account":"{mobile}","To_Account":"doc_20317","MsgBody":[{"MsgType":"TIMTextElem","MsgContent":{"Text":"{text}"}}],"CloudCustomData":"{\\"patientName\\":\\"{name}\\",\\"consultType\\":\\"图文问诊\\"}"}',
  loginLog: '{date} {time}:08,611 INFO [WSInvoker-7] client={ip} op=HISLogin request=<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns:his="http://his.example.org/ws"><soapenv:Body><his:Login><his:OperCode>{account}</his:OperCode><his:OperPwd>{password}</his:OperPwd><his:WorkStation>MZYS-0312</his:WorkStation></his:Login></soapenv:Body></soapenv:Envelope>',
  gpsLog: "[{date} {time}:27,904: INFO/ForkPoolWorker-3] nursing.tasks.save_track[5e1c9a0f-7b2d-4c61-9f3e-2a8d0b6e4c11]: {'service_order': 'HL2026031800127', 'nurse_phone': '{mobile}', 'imei': '{imei}', 'lat': {lat}, 'lng': {lng}, 'sos': False}",
  serviceNote: '12320卫生健康热线转办单（GD20260418093）：来电人{name}；身份证号{id}；回复电话{mobile}；诉求内容：在我院药房商城购买的处方药付款后超过72小时未配送，要求发货或退款；承办科室：药学部；办理时限：3个工作日。',
  proseName: '【失物招领】门诊三楼候诊区拾到{product}一个，已由导医{name}交至一楼服务台，请失主凭有效证件认领。',
  hotlineNote: '预约挂号、报告查询及药品配送咨询请拨打{hotline}（7×24小时），急危重症请直接拨打120。',
  orderNote: '<row><ddh>{orderNo}</ddh><ywlx>药房商城</ywlx><jyje>{price}</jyje><zffs>医保移动支付</zffs><dzzt>已对平</dzzt></row>',
};

// The same operator's lines: a zap console line of the member service consuming its hotel's check-in
// message, a customer-service chat message as mongoexport prints it, a MySQL general-log query of the
// app's login, an Envoy access-log line of the real-time-bus nearby-stops request, a transit-card 卡务工单,
// a passenger's commendation of a driver, the notice printed on the back of a visitor card and a detail
// row of the online-recharge clearing file.
const HELDOUT18_TEXT: TextPhrasings = {
  hotelLog: '{date}T{time}:41.532+0800\tINFO\tmember/consumer.go:112\tconsume hotel.checkin, award points\t{"topic": "hotel_checkin", "msgId": "0A3C1F2E00002A9F00000A2B4C1D0033", "guestName": "{name}", "guestMobile": "{mobile}", "hotel": "{hotel}", "roomNo": "{room}", "points": 200}',
  chat: '{"_id":{"$oid":"65f1a2c3e4b0d7a1c2e3f405"},"sessionId":"cs_8812734","from":{"role":"citizen","name":"{name}","mobile":"{mobile}"},"msgType":"text","content":"{text}","sentAt":{"$date":"{date}T{time}:17.000+08:00"}}',
  loginLog: "{date}T{time}:07.482913Z\t 4127 Query\tUPDATE app_user SET last_login_ip = '{ip}', last_login_at = NOW() WHERE login_account = '{account}' AND passwd = '{password}' AND status = 1",
  gpsLog: '[{date}T{time}:03.218Z] "GET /api/v2/bus/stations/nearby?lng={lng}&lat={lat}&radius=500&imei={imei}&mobile={mobile} HTTP/1.1" 200 - 0 2381 14 12 "-" "CityBus/5.2.1 (Android 12)" "7f3c2a9e-1b4d-4e8a-9c61-0d2f5b7a8e13" "api.citybus.example.cn" "10.12.3.41:8080"',
  serviceNote: '【卡务工单 KW2026031100458】持卡人{name}（身份证号{id}，预留手机{mobile}）来电称交通联合卡遗失，已核验实名信息并办理临时挂失，冻结卡内余额126.50元，请于7个工作日内携本人证件到任一客服网点办理补卡。',
  proseName: '乘客来电表扬18路驾驶员{name}，称其帮忙找回了遗落在车上的{product}。',
  hotlineNote: '本卡不记名、不挂失，遗失不补；充值、退卡及乘车优惠咨询请拨打服务热线{hotline}。',
  orderNote: 'DTL|01|{orderNo}|20260314|081231|ONLINE_RECHARGE|{price}.00|CNY|WXPAY|SUCC',
};

// The same chain's lines: a Laravel log line of the PMS-to-CRS check-in sync, a ThinkPHP log of the
// mini-program's WeChat 客服 message callback with the member resolved, a Django debug line printing a
// points-mall login form, an InfluxDB line-protocol point of the delivery partner's rider track, a
// call-centre 投诉工单, a store's staff bulletin, the booking footer and a decrypted WeChat Pay v3 notification.
const HELDOUT19_TEXT: TextPhrasings = {
  hotelLog: '[{date} {time}:09] production.INFO: pms.checkin.synced {"hotel":"{hotel}","rmno":"{room}","guest":"{name}","mobile":"{mobile}","member_level":"金卡","channel":"小程序"} []',
  chat: '[ {date}T{time}:36+08:00 ][ info ] wxkf receive member={name} mobile={mobile} body=<xml><ToUserName><![CDATA[gh_3f2a91c07b5e]]></ToUserName><FromUserName><![CDATA[oT9xK5fZqA2mWc8LrUe1Yd7HnB4s]]></FromUserName><CreateTime>1767254400</CreateTime><MsgType><![CDATA[text]]></MsgType><Content><![CDATA[{text}]]></Content><MsgId>24519738201645572</MsgId></xml>',
  loginLog: "[{date} {time}:52,118] INFO [mall.views:88] login POST <QueryDict: {'username': ['{account}'], 'password': ['{password}'], 'captcha': ['8XKQ']}> REMOTE_ADDR={ip}",
  gpsLog: 'rider_loc,partner=citydelivery,imei={imei},rider_mobile={mobile} lat={lat},lng={lng},speed=4.2,gps_time="{date} {time}" 1767254400000000000',
  serviceNote: '【投诉工单 TS20260312-0417】会员{name}（会员手机{mobile}，证件号{id}）来电反映：积分商城兑换的行李箱显示已签收但本人未收到，经核实系配送员放至门店前台未通知客人，已安排补发并赠送500积分致歉。',
  proseName: '本月服务之星：前台接待{name}，当月积分商城{product}兑换量全店第一。',
  hotlineNote: '预订、会员及积分兑换咨询请拨打全国免费预订热线{hotline}，或微信搜索小程序在线预订。',
  orderNote: '{"mchid":"1900000109","appid":"wx8f3c2a1d9e7b6054","out_trade_no":"{orderNo}","transaction_id":"4200002718202603142917465031","trade_type":"JSAPI","trade_state":"SUCCESS","trade_state_desc":"支付成功","bank_type":"OTHERS","success_time":"2026-03-14T12:31:08+08:00","amount":{"total":{price}00,"currency":"CNY"}}',
};

// The same operator's lines: the travel app's 5G-message (RCS chatbot) push of a hotel check-in as its
// Logback line prints it, the CS IM router's debug line with a Java toString of a message, the broadband
// ACS's TR-069 SetParameterValues pushing PPPoE credentials to a 光猫, the installer app's on-site sign-in
// uploaded as a GeoJSON Feature, a 工信部申诉 转办单, a store's points-exchange line, the 装维 supervision
// footer of a work-order card and the wallet top-up notification as a Go %+v print.
const HELDOUT20_TEXT: TextPhrasings = {
  hotelLog: '{date} {time}:14.207 INFO  [rcs-push-4] c.x.trip.notify.ChatbotSender - POST /bot/v1/messages -> 201 {"messageId":"5f0e2c8a-3b71-4d9e-a6c2-9e17b04d3f58","destinationAddress":["tel:+86{mobile}"],"contentType":"text/plain","bodyText":"【出行】{name}您好，您预订的{hotel}已办理入住，房号{room}，离店当日请于12:00前退房。"}',
  chat: "{date} {time}:09.331 DEBUG [im-dispatch-2] c.x.cs.im.MessageRouter - route to skill group BROADBAND: ChatMessage{sessionId='CS20260314000872', channel='APP', fromName='{name}', fromMsisdn='{mobile}', msgType=TEXT, content='{text}'}",
  loginLog: '{date} {time}:42,117 INFO  [acs-worker-5] SetParameterValues OUI=00E0FC SN=48575443A1B2C3D4 ConnReqURL=http://{ip}:7547/ InternetGatewayDevice.WANDevice.1.WANConnectionDevice.1.WANPPPConnection.1.Username={account} InternetGatewayDevice.WANDevice.1.WANConnectionDevice.1.WANPPPConnection.1.Password={password} -> Status=0',
  gpsLog: '{"type":"Feature","geometry":{"type":"Point","coordinates":[{lng},{lat}]},"properties":{"event":"上门签到","workOrder":"ZW202603140517","imei":"{imei}","installerMsisdn":"{mobile}","signTime":"{date} {time}:05"}}',
  serviceNote: '工信部申诉转办单 SS20260314-0216：申诉人{name}，申诉号码{mobile}，证件号码{id}；申诉内容：在营业厅办理宽带时被捆绑开通视频彩铃，要求取消并退还已扣费用；办理时限：48小时内联系申诉人并回复。',
  proseName: '{name}在营业厅用积分兑换了{product}',
  hotlineNote: '如对装维人员服务不满意，可拨打装维服务监督电话{hotline}',
  orderNote: '2026/03/14 12:31:08 recharge/notify.go:87: wallet topup ok: &{OrderNo:{orderNo} PayAmount:{price}.00 Channel:WALLET BizType:TOPUP Status:SUCCESS}',
};

// The same university's lines: the reception centre's booking system reporting a visiting guest's
// check-in as an RFC 5424 syslog line with structured data, the campus app's Go IM service printing a
// request in protobuf text format, the campus-network portal's debug log of the login form as PHP
// print_r, a Kubernetes container log line wrapping the 校园跑 Rust ingest service's Debug print of a
// track point, a YAML flow dump of a 网上办事大厅 campus-card ticket, a campus-news sentence, the
// admissions office's 录取通知书 footer and an Oracle audit-trail row of the 统一支付平台's order update.
const HELDOUT21_TEXT: TextPhrasings = {
  hotelLog: '<134>1 {date}T{time}:21.406+08:00 jdzx-booking01 reception-booking 3187 CHECKIN [checkin@41058 guestName="{name}" guestMobile="{mobile}" hotel="{hotel}" roomNo="{room}" bookedBy="国际交流处" settle="月结"] 来访专家已在协议酒店办理入住',
  chat: '{date} {time}:44.913 campus-im[msg-svc] recv SendMessageRequest: conv_id:"grp_2023jsj02" sender:{uid:"20231104127" name:"{name}" mobile:"{mobile}" role:STUDENT} content:{text:"{text}"} client_ts:"{date} {time}:44"',
  loginLog: '{date} {time}:17 [srun_portal] [debug] /cgi-bin/srun_portal login params: Array ( [action] => login [username] => {account} [password] => {password} [ac_id] => 1 [ip] => {ip} [n] => 200 [type] => 1 [double_stack] => 0 [os] => Windows 10 )',
  gpsLog: '{date}T{time}:07.482913571+08:00 stdout F {date}T{time}:07.482913+08:00  INFO sunrun_track::ingest: point accepted point=TrackPoint { run_id: 20260314118, imei: "{imei}", phone: "{mobile}", lat: {lat}, lng: {lng}, accuracy_m: 8.0, in_fence: true }',
  serviceNote: '- {ticket: YKT-20260314-0087, applicant: {name}, phone: \'{mobile}\', id_card: \'{id}\', item: 校园卡补办后原卡余额未转入新卡, handler: 一卡通服务中心, status: 处理中}',
  proseName: '图书馆“悦读之星”评选结果揭晓，{name}同学全年借阅量全校第一，获赠{product}一份。',
  hotlineNote: '如至7月31日仍未收到录取通知书，请凭考生号查询EMS邮寄进度或拨打招生咨询热线{hotline}（工作日8:30-17:30）。',
  orderNote: "PAYPLAT|PAY_APP|app-pay02|14-MAR-26 12.31.08.000000 PM +08:00|PAY_ORDER|UPDATE|UPDATE PAY_ORDER SET ORDER_STATUS = '2', PAY_AMT = {price}.00 WHERE ORDER_NO = '{orderNo}'|0",
};

// The same brokerage's lines: the strategy conference's .NET check-in service logging a Serilog
// compact-JSON (CLEF) event, the advisor-trace service's Node log printing an archived client message
// with util.inspect, a QuickFIX/J incoming-message log of a quant client's FIX Logon carrying
// Username (553) and Password (554), a Fluent Bit stdout record of the account-opening app's location at
// video witness, a C# record's ToString of a 两融 complaint ticket, an 投教 open-day sentence, the
// anti-fraud footer on research notes and a GELF message of a points-mall payment.
const HELDOUT22_TEXT: TextPhrasings = {
  hotelLog: '{"@t":"{date}T{time}:12.4471230+08:00","@m":"嘉宾\\"{name}\\"已在\\"{hotel}\\"办理入住，房号\\"{room}\\"","@i":"7c1e0a4f","GuestName":"{name}","GuestMobile":"{mobile}","Hotel":"{hotel}","RoomNo":"{room}","Meeting":"2026年度投资策略会","SourceContext":"Meeting.Api.Services.CheckinService"}',
  chat: "[{date} {time}:05.118] info: [advisor-trace] archived { msgid: '17801234567890123_1767254400118', roomid: 'wrOgQhDgAAcwMTB7YmDkbeBsgT_KAAAA', from: { name: '{name}', mobile: '{mobile}', role: 'customer' }, msgtype: 'text', text: { content: '{text}' }, advisorNo: 'TG0218' }",
  loginLog: '{date} {time}:02.118 INFO  [QFJ Message Processor] quickfixj.msg.incoming - FIX.4.2:BRKGW01->QT_CLIENT07 remote=/{ip}:50412 8=FIX.4.2|9=118|35=A|34=1|49=QT_CLIENT07|52=20260314-01:15:02.118|56=BRKGW01|98=0|108=30|141=Y|553={account}|554={password}|10=087|',
  gpsLog: '[0] app.kaihu.geo: [1767254400.118272000, {"event"=>"video_witness_start", "imei"=>"{imei}", "mobile"=>"{mobile}", "lat"=>{lat}, "lng"=>{lng}, "located_at"=>"{date} {time}:05", "branch_no"=>"3102"}]',
  serviceNote: 'ComplaintTicket { TicketNo = TS202603140087, CustomerName = {name}, MobileTel = {mobile}, IdNo = {id}, Category = 融资融券, Content = 客户称维持担保比例跌破平仓线前未收到追加担保物短信通知，要求核查通知记录, Handler = 两融业务部 }',
  proseName: '投教基地开放日上，理财经理{name}为到场投资者讲解了识别非法荐股的方法，并为参与有奖问答的投资者准备了{product}作为纪念品。',
  hotlineNote: '郑重提示：本公司从未授权任何机构或个人以“内幕消息”“稳赚不赔”等名义推荐股票或收取荐股费用，如有疑问请致电本公司客户服务热线{hotline}核实。',
  orderNote: '{"version":"1.1","host":"points-mall-pay02","short_message":"exchange order paid","timestamp":1773462668.118,"level":6,"_order_no":"{orderNo}","_pay_amount":"{price}.00","_pay_channel":"POINTS_CASH","_status":"PAID"}',
};

// The same dealer group's lines: the owner mini-program's cloud function logging a 车友会 road-trip
// check-in, a Dubbo access-log line of the DCC lead service receiving an IM message, a Postgres log of
// the C/S DMS client's login statement, a MongoDB slow-query log of a loan car's tracker point, a
// DingTalk approval card for a 精品加装 refund, a 交车仪式 sentence, the road-rescue footer of a
// maintenance reminder and a zerolog line of an accessory-mall payment.
const HELDOUT23_TEXT: TextPhrasings = {
  hotelLog: '{date}T{time}:02.118Z\t6f1c2a9e-8d3b-4c7e-9a21-5b0e4d7f3c18\tINFO\t[cloud:activityCheckin] {"env":"prod-4s-7g2k","activityId":"ZJY2026031401","memberName":"{name}","memberMobile":"{mobile}","hotel":"{hotel}","roomNo":"{room}","checkinAt":"{date} {time}","leader":"车友会-华东分会"}',
  chat: '[{date} {time}:38.512] 10.20.6.31:51874 -> 10.20.8.12:20880 - com.autogroup.dcc.api.LeadImService:1.0.0 receiveMessage(com.autogroup.dcc.dto.ImMessageDTO) [{"channel":"DONGCHEDI","leadId":"L20260314008812","customerName":"{name}","customerMobile":"{mobile}","content":"{text}","sendTime":"{date} {time}:38","consultantNo":"SC0231"}]',
  loginLog: "{date} {time}:02.118 CST [23117] user=dms_app,db=dms_prod,app=DMS-Client-4.2,client={ip} LOG:  statement: SELECT user_id, dealer_code FROM sys_user WHERE user_code = '{account}' AND user_pwd = '{password}' AND is_valid = 1",
  gpsLog: '{"t":{"$date":"{date}T{time}:05.482+08:00"},"s":"I","c":"COMMAND","id":51803,"ctx":"conn18812","msg":"Slow query","attr":{"type":"command","ns":"gps_track.loan_car_point","command":{"insert":"loan_car_point","documents":[{"imei":"{imei}","simMobile":"{mobile}","lat":{lat},"lng":{lng},"acc":"ON","contractNo":"AJ2026021800317"}],"ordered":true,"$db":"gps_track"},"ninserted":1,"numYields":0,"reslen":45,"protocol":"op_msg","durationMillis":312}}',
  serviceNote: '【钉钉审批】售后服务部 陈经理 发起的「精品加装退款申请」待你审批｜客户姓名：{name}｜联系电话：{mobile}｜身份证号：{id}｜申请事由：购车时已付行车记录仪及贴膜加装款3280元，交车时未安装，客户要求全额退款｜审批编号：202603141015000123456｜查看详情',
  proseName: '本周六的交车仪式上，销售顾问{name}为每位新车主准备了{product}作为交车礼。',
  hotlineNote: '行车途中如遇故障或事故需要救援，请拨打本集团24小时道路救援热线{hotline}，救援车将在60分钟内到达（市区）。',
  orderNote: '{"level":"info","svc":"accessory-mall-pay","order_no":"{orderNo}","pay_amount":"{price}.00","channel":"UNIONPAY_QR","status":"PAID","time":"2026-03-14T12:31:08+08:00","message":"accessory order paid"}',
};

// The same resort group's lines: a Ruby Logger line wrapping a lograge request of the lodge front desk's
// check-in, the booking chat's socket.io frame as its debug namespace prints it, a pino JSON request log of
// the mini-program backend's login, a loguru line of the children's-locator gateway receiving a 3G*UD
// packet, a Markdown row of the 客诉台账 kept in a shared doc, a ski-school short-video caption, a slope
// PA announcement and a Python log line with a dataclass repr of an OTA ticket verification.
const HELDOUT24_TEXT: TextPhrasings = {
  hotelLog: 'I, [{date}T{time}:08.412907 #2817]  INFO -- : [c1a7e3f0-5b2d-4e9a-8f16-3d0b7a92e4c5] method=POST path=/api/v1/lodge_checkins format=json controller=Api::V1::LodgeCheckinsController action=create status=201 duration=63.41 view=0.88 db=21.05 params={"lodge"=>"{hotel}", "room_no"=>"{room}", "guest_name"=>"{name}", "guest_mobile"=>"{mobile}", "checked_in_at"=>"{date} {time}", "season_pass"=>"true"}',
  chat: '{date}T{time}:12.044Z kefu:ws recv 42/booking,["chat:message",{"lessonOrder":"SS20260314087","from":{"nick":"{name}","mobile":"{mobile}","role":"parent"},"type":"text","content":"{text}"}]',
  loginLog: '{"level":30,"time":"{date}T{time}:08.118+08:00","pid":2817,"hostname":"ticket-bff-02","reqId":"req-7f3","req":{"method":"POST","url":"/api/member/login","remoteAddress":"{ip}","remotePort":51744},"body":{"userCode":"{account}","userPassword":"{password}","captcha":"7KQX"},"msg":"incoming request"}',
  gpsLog: '{date} {time}:08.417 | INFO     | locator_gw.server:handle_ud:142 - guardian={mobile} recv [3G*{imei}*00B4*UD,140326,123108,A,{lat},N,{lng},E,0.00,0.0,1820.0,9,100,85,0,0,00000000,1,1,460,0,4153,26181,148]',
  serviceNote: '| 2026-03-14 | KS-0312 | 票务部 | {name} | {mobile} | {id} | 早鸟雪季卡已付款2680元，雪场因降雪不足推迟开板，卡未激活，客户要求全额退款 | 已提交财务原路退回 | 待回访 |',
  proseName: '跟着国家级滑雪指导员{name}，三天从零基础到平行转弯🏂 评论区抽三位雪友送{product} #崇礼滑雪 #零基础学滑雪 #雪季开板',
  hotlineNote: '【雪场广播】各位雪友请注意：因山顶风力超过六级，3号高速吊椅暂停运行，恢复时间另行通知；雪道内如遇受伤或迷路，请原地等待并拨打雪场救援热线{hotline}。',
  orderNote: "2026-03-14 12:31:08,118 INFO ota.meituan.verify TicketVerified(order_no='{orderNo}', ota='MEITUAN', sku_name='成人全天滑雪票(含雪具)', amount=Decimal('{price}.00'), gate='G03', status=<VerifyStatus.SUCCESS: 2>)",
};

// The same driving-school group's lines: a Debezium change event of the 集训营's lodging check-in row, the
// 学车 app backend logging a RongCloud (融云) message-routing callback whose sender carries the student's
// mobile, an rsyslog-forwarded bash command-audit line of an sshpass login to a timing-platform host, a
// TDengine INSERT of a timing terminal's GNSS point as the track writer logs it, an Apollo GraphQL request
// log of a 学费退费 complaint mutation, a 周例会纪要 item, a coach car's body lettering and a NestJS log of the
// 学费资金监管 release for completed training hours.
const HELDOUT25_TEXT: TextPhrasings = {
  hotelLog: '{"schema":null,"payload":{"before":null,"after":{"id":30871,"stu_name":"{name}","stu_mobile":"{mobile}","lodging_name":"{hotel}","room_no":"{room}","checkin_at":"{date} {time}:00","camp_batch":"2026暑期大学生集训营"},"source":{"version":"2.5.0.Final","connector":"mysql","name":"jiapei","db":"camp","table":"dorm_checkin","file":"mysql-bin.000412","pos":88231417},"op":"c","ts_ms":1773462668118}}',
  chat: '{date} {time}:41.207 INFO [rc-route-3] POST /im/rongcloud/route fromUserId=stu_2026031408&toUserId=coach_0217&objectName=RC:TxtMsg&content={"content":"{text}","user":{"id":"stu_2026031408","name":"{name}","extra":"{\\"mobile\\":\\"{mobile}\\",\\"classType\\":\\"C1\\"}"}}&channelType=PERSON&msgTimestamp=1773462668118&msgUID=BTM2-4PS0-KM02-1A3B&sensitiveType=0',
  loginLog: "{date}T{time}:27.118+08:00 jp-ops-02 bash[30211]: [cmd-audit] user=ops_li tty=pts/1 cwd=/opt/jishi-sync cmd=sshpass -p '{password}' ssh -o StrictHostKeyChecking=no {account}@{ip} -p 22",
  gpsLog: "{date} {time}:06.412 DEBUG [td-writer-2] c.j.jishi.track.TdWriter - exec: INSERT INTO d_{imei} USING jishi_gnss TAGS ('{imei}', '{mobile}', 'C1') (ts, lat, lng, speed_kmh, course) VALUES ('{date} {time}:05.000', {lat}, {lng}, 32.5, 118)",
  serviceNote: '2026-03-14T09:12:44.318Z apollo-gateway info operation=CreateComplaintTicket variables={"input":{"studentName":"{name}","studentMobile":"{mobile}","idCardNo":"{id}","category":"TUITION_REFUND","content":"报名C1普通班已交学费4280元，科目一通过后两个月约不上练车，申请退还未培训部分学费被校区拒绝","campus":"城东校区"}} query="mutation CreateComplaintTicket($input: ComplaintInput!) { createComplaintTicket(input: $input) { ticketNo status } }"',
  proseName: '【周例会纪要】三、招生物料：{name}提议暑期大学生班报名赠送{product}，由市场部询价后下周例会确定。',
  hotlineNote: '通达驾校　一人一车　计时培训　先学后付　报名热线{hotline}　教练车编号T-0217',
  orderNote: '[Nest] 2817  - 03/14/2026, 12:31:08 PM     LOG [FundSupervisionService] 学时达标，监管资金已划拨 orderNo={orderNo} amount={price}.00 escrow=CCB status=SUCCESS +12ms',
};

// The same ferry group's lines: an NLog line of the emergency desk placing a stranded passenger in a hotel when a
// sailing is cancelled for wind, a journald JSON record of the bot relaying a 待渡 WeChat group's message, a Zeek
// ftp.log JSON record (password capture on) of a ticket agent's settlement upload, a CloudEvents event of a truck
// driver's 到港签到 from the drivers' app, the call-centre 质检 system's ASR transcript of a refund call, a 船员风采
// sentence from the official account, a 停航公告 and a ticket hall's POS sales slip.
const HELDOUT26_TEXT: TextPhrasings = {
  hotelLog: '{date} {time}:41.2718|INFO|BoTong.Emergency.StrandedPassengerService|停航滞留旅客安置：航次BT0314-2130（烟台—大连）因大风取消，旅客{name}（{mobile}）已入住{hotel}{room}房，住宿及早餐由公司承担，复航后凭安置单优先登船',
  chat: '{"__CURSOR":"s=3f1c9a2e7b0d4c61;i=1a2b3;b=9e4d0c7a;m=2b7f41c0;t=64d1f0a3c2e11;x=5c0e8d2f","__REALTIME_TIMESTAMP":"1773462668118272","_HOSTNAME":"kf-bot-01","_SYSTEMD_UNIT":"wait-group-relay.service","SYSLOG_IDENTIFIER":"wait-group-relay","_PID":"2817","PRIORITY":"6","MESSAGE":"[待渡群·大连湾港3号闸口] {date} {time} {name}({mobile}): {text}"}',
  loginLog: '{"ts":"{date}T{time}:08.118273Z","uid":"CHhAvVGS1DHFjwGM9","id.orig_h":"{ip}","id.orig_p":52114,"id.resp_h":"10.16.2.31","id.resp_p":21,"user":"{account}","password":"{password}","command":"STOR","arg":"ftp://10.16.2.31/settle/20260314_DL031.csv","mime_type":"text/plain","file_size":18213,"reply_code":226,"reply_msg":"Transfer complete."}',
  gpsLog: '{"specversion":"1.0","id":"b7e3c1d0-4a2f-4e8b-9c61-2f0d8a5e7b13","source":"/driver-app/port-queue","type":"cn.botong.queue.arrive_sign","time":"{date}T{time}:05+08:00","datacontenttype":"application/json","data":{"imei":"{imei}","driverMobile":"{mobile}","lat":{lat},"lng":{lng},"port":"烟台港客滚码头","gate":"3号闸口","voyage":"BT0314-2130"}}',
  serviceNote: '【通话转写·质检】录音R20260314-0087 | 00:03 坐席：您好，渤通客滚客服中心，工号2031为您服务。 | 00:09 客户：我叫{name}，手机号{mobile}，身份证号{id}，我买的14号晚上烟台到大连的船票和车辆运费一共1460元，因为大风停航了，网上申请退票一个礼拜了钱还没退回来。 | 00:41 坐席：好的，我马上为您加急处理退款。',
  proseName: '【船员风采】从实习水手到“渤通明珠”轮船长，{name}在烟大航线上一干就是二十三年，驾驶台上一直摆着女儿送的{product}。',
  hotlineNote: '【停航公告】受强冷空气影响，渤海海峡3月14日夜间至15日白天有8～9级偏北大风，烟台—大连航线14日21:30及以后各航次停航，复航时间另行通知；已购票旅客可免费退票或改签，请勿前往港口候船，咨询请拨打客服热线{hotline}。',
  orderNote: '渤通客滚烟台港售票厅 商户号:898370641120087 终端号:03100871 交易类型:消费 支付方式:聚合码(微信) 批次号:000127 凭证号:004512 参考号:261403318874 订单号:{orderNo} 日期时间:2026/03/14 12:31:08 金额:RMB {price}.00 备注:船票及车辆运费',
};

// The same factory's lines: an spdlog line of the dormitory face-access sync agent pushing a new resident's
// Hikvision ISAPI UserInfo when a worker checks in to an 外租宿舍 hotel, an iOS NSLog console line of the staff app's
// IM with a dispatch agency's on-site representative, a log4net XML-layout event of the self-service kiosk's login,
// a Python logging line of the shuttle-bus gateway receiving a Queclink +RESP:GTFRI report, a Jira REST create-issue
// payload for a staff-purchase refund the employee service centre logged, a 工会 birthday-party notice, a recruiting
// poster's 防黑中介 line and an EDIFACT ORDERS interchange from a brand customer.
const HELDOUT27_TEXT: TextPhrasings = {
  hotelLog: '[{date} {time}:08.118] [dorm-face-sync] [info] 入住 {hotel} {room}室 工号F2603140187 {name} 手机{mobile}，下发门禁人脸权限 PUT http://10.31.6.21/ISAPI/AccessControl/UserInfo/SetUp?format=json {"UserInfo":{"employeeNo":"F2603140187","name":"{name}","userType":"normal","Valid":{"enable":true,"beginTime":"{date}T{time}:00","endTime":"2026-12-31T23:59:59","timeType":"local"},"doorRight":"1","RightPlan":[{"doorNo":1,"planTemplateNo":"1"}],"roomNumber":{room}}} -> 200 {"statusCode":1,"statusString":"OK"}',
  chat: '{date} {time}:08.118492+0800 iStaff[2817:9012345] [IM] didReceive IMMessage(msgId: "A7F3C1D0-4A2F-4E8B-9C61-2F0D8A5E7B13", conversation: "驻厂专员-鑫达人力", senderName: "{name}", senderMobile: "{mobile}", type: .text, content: "{text}", sentAt: "{date} {time}")',
  loginLog: '<log4net:event logger="ESS.Kiosk.Controllers.LoginController" timestamp="{date}T{time}:08.1182817+08:00" level="INFO" thread="14" domain="ESS.Kiosk.exe" username="KIOSK-B3-02\\kiosk"><log4net:message>刷卡登录成功 acct={account} pwd={password} kiosk_ip={ip} site=B区宿舍大厅</log4net:message><log4net:properties><log4net:data name="log4net:HostName" value="KIOSK-B3-02" /></log4net:properties></log4net:event>',
  gpsLog: '{date} {time}:08,118 INFO:shuttle_gw.queclink:sim={mobile} route=B12 rx +RESP:GTFRI,C30203,{imei},GV300,,10,1,1,32.5,118,21.4,{lng},{lat},20260314043108,0460,0000,18d8,6141,00,2000.0,02:07:20,,,,100,210100,,,,20260314043110,0F8B$',
  serviceNote: 'POST /rest/api/2/issue 201 {"fields":{"project":{"key":"ESC"},"issuetype":{"name":"内购售后"},"priority":{"name":"High"},"summary":"内购手机已分期扣薪两期，供应商取消订单未退款","description":"员工：{name}\\n手机：{mobile}\\n身份证：{id}\\n问题：2月在员工内购商城下单手机一部（分6期从薪资扣款），已扣两期共1198元，供应商以缺货为由取消订单，至今未退回已扣款项，要求退款。","labels":["内购商城","薪资扣款"],"components":[{"name":"员工服务中心"}]}}',
  proseName: '工会通知：3月集体生日会定于本周五18:30在B区员工活动中心举行，届时将由优秀员工代表{name}为寿星们分发{product}等生日礼品，欢迎各课室同仁踊跃参加。',
  hotlineNote: '本厂直招普工，不收取任何押金、体检费及介绍费，谨防黑中介冒名招工；报名及咨询请拨打厂方招聘热线{hotline}，或于每日8:00-17:00到南门招募中心现场报名。',
  orderNote: "UNB+UNOC:3+BRANDCO:ZZZ+FXEMS:ZZZ+260314:1231+00000127'UNH+1+ORDERS:D:96A:UN'BGM+220+{orderNo}+9'DTM+137:20260314:102'MOA+86:{price}.00'UNT+5+1'UNZ+1+00000127'",
};

// The same group's lines: the 旅居 service's .NET console logger (single-line, with scopes) confirming an elder's check-in
// at a partner hotel, a structlog console line of the room tablet receiving a family member's 亲情留言, an OpenResty
// error-log line of a Lua login guard on the family portal, an Eclipse Leshan log of an NB-IoT wristband's LwM2M
// Location (/6/0) notification from an urn:imei-msisdn endpoint, an HTML-as-xls row of the 客诉台账 export (with the
// mso-number-format on the ID column), a 重阳节 activity sentence from the official account, the wristband's instruction
// card and a RocketMQ consumer log printing the MessageExt of a 助餐 canteen payment.
const HELDOUT28_TEXT: TextPhrasings = {
  hotelLog: '{date}T{time}:08.1182817+08:00 info: KangNing.Lvju.Api.Services.StayCheckinService[1021] => RequestId:0HMV3J8K2Q1FN:00000004 RequestPath:/api/lvju/stay/checkin => 批次 LJ2603-SY07 旅居长者{name}（紧急联系手机{mobile}）已入住{hotel}{room}房，随行护理员工号HL0317，入住时间{date} {time}',
  chat: '{date} {time}:08 [info     ] family_message.delivered       content={text} device=pad-3F-0512 elder_no=E20230417 from_mobile={mobile} from_name={name} relation=女儿 sent_at={date} {time}',
  loginLog: '{date} {time}:08 [warn] 2817#2817: *1182734 [lua] login_guard.lua:57: check_login(): family login attempt account={account} password={password} fail_count=0, client: {ip}, server: jiashu.kangning-care.example.cn, request: "POST /api/v2/family/login HTTP/1.1", host: "jiashu.kangning-care.example.cn", referrer: "https://jiashu.kangning-care.example.cn/login"',
  gpsLog: '{date} {time}:08,118 INFO  [LeshanCoapServer#4] c.k.wristband.lwm2m.ObservationListener - onResponse endpoint=urn:imei-msisdn:{imei}-{mobile} path=/6/0 value=LwM2mObjectInstance [id=0, resources={0=LwM2mSingleResource [id=0, value={lat}, type=FLOAT], 1=LwM2mSingleResource [id=1, value={lng}, type=FLOAT], 3=LwM2mSingleResource [id=3, value=25.0, type=FLOAT], 6=LwM2mSingleResource [id=6, value=0.0, type=FLOAT]}]',
  serviceNote: "<tr><td>KS20260314-012</td><td>2026-03-14</td><td>适老辅具商城</td><td>{name}</td><td>{mobile}</td><td style=\"mso-number-format:'\\@'\">{id}</td><td>家属来电：2月在商城为父亲购买电动护理床一张，已付款6980元，约定3月5日送货上门并安装，至今未送达，商城以缺货为由拖延且未主动退款，要求全额退款</td><td>商城运营部</td><td>处理中</td></tr>",
  proseName: '重阳节敬老活动上，护理部主管{name}带领志愿者为院里的长者们包饺子、剪指甲，还为每位百岁老人送上了{product}。',
  hotlineNote: '【手环使用说明】长按SOS键3秒即可一键呼叫值班护理站；如手环无法开机、定位不准或充电异常，请拨打设备售后热线{hotline}（7×24小时）。',
  orderNote: "2026-03-14 12:31:08.130 INFO [ConsumeMessageThread_3] c.k.meal.mq.MealPaidListener - receive MessageExt [brokerName=broker-a, queueId=2, storeSize=412, queueOffset=88172, sysFlag=0, bornTimestamp=1773462668118, bornHost=/10.8.4.21:48812, storeTimestamp=1773462668121, storeHost=/10.8.4.11:10911, msgId=0A08040B00002A9F0000000A2B4C1D33, commitLogOffset=43708227891, bodyCRC=1829310475, reconsumeTimes=0, preparedTransactionOffset=0, toString()=Message{topic='MEAL_ORDER_PAID', flag=0, properties={MIN_OFFSET=0, MAX_OFFSET=88173, KEYS={orderNo}, CONSUME_START_TIME=1773462668130, UNIQ_KEY=0A0804150B1C18B4AAC2C3F1A0D80000, CLUSTER=DefaultCluster, payAmount={price}.00, canteen=助餐点-幸福里站, TAGS=PAID}, body=[123, 34, 111, 114, 100, 101, 114, 78, 111, 34, 58, 34], transactionId='null'}]",
};

// The same clinic chain's lines: an OpenTelemetry collector's file-exporter line (OTLP/JSON) of a span from the
// 术后休养 service recording an out-of-town customer's partner-hotel check-in as span attributes, a Serilog console line
// of the 网电咨询 web widget's SignalR hub invocation carrying a visitor's message, a ModSecurity v3 JSON audit record
// (forwarded by rsyslog, in DetectionOnly mode) of the member app's form login, a Go slog text line of the VIP 接送专车
// uploading a point to Amap's 猎鹰 track service, a 客诉台账 row created through the Feishu Bitable open API, a 年度颁奖词,
// a medical-advertisement footer with its 医广 review number and a 全电发票 issuing request in the tax API's
// pinyin-initial keys.
const HELDOUT29_TEXT: TextPhrasings = {
  hotelLog: '{"resourceSpans":[{"resource":{"attributes":[{"key":"service.name","value":{"stringValue":"recovery-stay-svc"}},{"key":"deployment.environment","value":{"stringValue":"prod"}}]},"scopeSpans":[{"scope":{"name":"io.opentelemetry.spring-webmvc-6.0","version":"2.1.0-alpha"},"spans":[{"traceId":"5b8efff798038103d269b633813fc60c","spanId":"eee19b7ec3c1b174","name":"POST /api/recovery-stay/checkin","kind":2,"startTimeUnixNano":"1773462668118000000","endTimeUnixNano":"1773462668181000000","attributes":[{"key":"stay.guest_name","value":{"stringValue":"{name}"}},{"key":"stay.guest_mobile","value":{"stringValue":"{mobile}"}},{"key":"stay.hotel","value":{"stringValue":"{hotel}"}},{"key":"stay.room_no","value":{"stringValue":"{room}"}},{"key":"stay.checkin_at","value":{"stringValue":"{date} {time}"}},{"key":"stay.surgery_type","value":{"stringValue":"眼综合"}},{"key":"http.response.status_code","value":{"intValue":"200"}}],"status":{}}]}]}]}',
  chat: '[{time}:08 INF] ConsultHub invocation from connection Xk3aP0q9c2Lr8tYwB1nE7g: {"type":1,"invocationId":"17","target":"SendToConsultant","arguments":[{"visitorName":"{name}","visitorMobile":"{mobile}","consultantNo":"WD0317","landingPage":"/zt/shuiguang-2026","text":"{text}","sentAt":"{date} {time}:08"}]}',
  loginLog: '{date}T{time}:08.118+08:00 waf-gw01 modsec-audit: {"transaction":{"client_ip":"{ip}","server_id":"b1f0c7e2a3d4958f6e7a8b9c0d1e2f3a4b5c6d7e","client_port":51744,"host_ip":"10.12.0.8","host_port":443,"unique_id":"177346266811.827301","request":{"method":"POST","http_version":1.1,"uri":"/member/api/v3/login","body":"userName={account}&userPwd={password}&loginType=PWD&appVer=6.8.2","headers":{"Host":"m.example-meixue.cn","Content-Type":"application/x-www-form-urlencoded","User-Agent":"MeiXue/6.8.2 (iPhone; iOS 17.3)"}},"response":{"http_code":200},"producer":{"modsecurity":"ModSecurity v3.0.12 (Linux)","connector":"ModSecurity-nginx v1.0.3","secrules_engine":"DetectionOnly","components":["OWASP_CRS/4.0.0"]},"messages":[]}}',
  gpsLog: 'time={date}T{time}:08.118+08:00 level=INFO source=/app/internal/track/falcon.go:64 msg="amap falcon point upload" sid=781203 tid=301877415 trid=12 imei={imei} driver_mobile={mobile} points="[{\\"location\\":\\"{lng},{lat}\\",\\"locatetime\\":1773462668118,\\"speed\\":32,\\"direction\\":118,\\"accuracy\\":8}]" errcode=10000 errmsg=OK',
  serviceNote: 'POST https://open.feishu.cn/open-apis/bitable/v1/apps/bascnK3f9QeXa1Lr7Yt2Wm/tables/tblq8Zx1Rc0Dv5Ns/records {"fields":{"登记日期":1773462668000,"顾客姓名":"{name}","联系电话":"{mobile}","身份证号":"{id}","涉及院区":"天河院区","客诉类型":["退款"],"问题描述":"去年双十一预付39800元购买抗衰年卡（含热玛吉1次、超声炮2次、水光6次），仅做过1次水光，院区以活动套餐不退为由拒绝退还剩余疗程款，顾客称将投诉至12315","处理进度":"待分派"}} -> 200 {"code":0,"msg":"success"}',
  proseName: '【年度颁奖词】她记得每位顾客术后第几天该拆线，也记得谁怕疼要多备一份冰敷——致年度最佳护理师{name}，奖品：{product}一份。',
  hotlineNote: '（粤）医广【2026】第03-14-087号　医疗美容项目效果因人而异，请选择有资质的医疗机构并以医生面诊意见为准　面诊预约热线{hotline}',
  orderNote: '2026-03-14 12:31:08.118 INFO  [einvoice-worker-2] 全电发票开具请求 {"fpqqlsh":"{orderNo}","fplxdm":"82","kplx":"0","xsfmc":"广州美学医疗美容门诊部有限公司","gmfmc":"个人","jshj":"{price}.00","mxxx":[{"xmmc":"*医疗服务*光子嫩肤","je":"{price}.00","slv":"免税"}]}',
};

// The same group's lines: an XXL-JOB handler log of the job that uploads an out-of-town family member's check-in at the
// 家属接待 hotel to the 旅馆业 system, the 在线治丧咨询 service logging a WeChat msg_sec_check call on a family member's message,
// a Struts2 ParametersInterceptor debug line (with the client IP in the MDC) of the legacy funeral-home system's login, the
// hearse-monitoring service receiving Traccar's event-forwarding JSON of a 接运车 position, a 简道云 data_create webhook of a
// 墓位 deposit complaint whose fields are keyed by widget ids, a 公众号 article title, the mini-program's Android strings.xml
// hotline entry and a UnionPay ACP back-end notification printed as a Java Map.
const HELDOUT30_TEXT: TextPhrasings = {
  hotelLog: '{date} {time}:08 [com.huaiyuan.funeral.job.GuestLodgingUploadJob#execute]-[61]-[xxl-job, JobThread-17-1773462668118] 异地丧属入住上传旅馆业系统成功：旅客={name}，手机={mobile}，入住场所={hotel}，房号={room}，入住时间={date} {time}，接待单号=JD20260314-031，上传返回码=0000',
  chat: '{date} {time}:08.118 [consult-ws-exec-3] INFO  c.h.f.consult.MsgSecCheckClient - POST https://api.weixin.qq.com/wxa/msg_sec_check?access_token=*** body={"version":2,"scene":1,"openid":"oQ3xT5Kf9aZ2mWc8LrUe1Yd7HnB4","title":"在线治丧咨询","nickname":"{name}","content":"{text}"} ext={"bindMobile":"{mobile}","consultantNo":"LY0217","sentAt":"{date} {time}:08"} resp={"errcode":0,"errmsg":"ok","result":{"suggest":"pass","label":100},"trace_id":"65f2a1c3-0b7e2d41-3f8c9a10"}',
  loginLog: '{date} {time}:08,118 DEBUG [http-bio-8080-exec-7] [clientIp={ip}] com.opensymphony.xwork2.interceptor.ParametersInterceptor - Setting params czyDm => [ {account} ] czyMm => [ {password} ] yzm => [ 7KQX ] dlfs => [ 1 ] ',
  gpsLog: '{date} {time}:08.118 INFO  [hearse-monitor] traccar forward received: {"position":{"id":88172341,"attributes":{"ignition":true,"sat":14,"odometer":182734.0},"deviceId":17,"protocol":"gt06","serverTime":"{date}T{time}:07.000+08:00","deviceTime":"{date}T{time}:05.000+08:00","fixTime":"{date}T{time}:05.000+08:00","outdated":false,"valid":true,"latitude":{lat},"longitude":{lng},"altitude":0.0,"speed":17.3,"course":118.0,"accuracy":0.0},"device":{"id":17,"name":"遗体接运车07","uniqueId":"{imei}","status":"online","phone":"{mobile}","model":"GT06N","category":"van","disabled":false}}',
  serviceNote: '{"op":"data_create","data":{"_id":"65f2a1c30b7e2d413f8c9a10","appId":"65a0c1d2e3f4a5b6c7d8e9f0","entryId":"65a0c1d2e3f4a5b6c7d8e9f1","creator":{"name":"客服-周敏","username":"kf0312","status":1,"type":0},"createTime":"2026-03-14T04:31:08.118Z","updateTime":"2026-03-14T04:31:08.118Z","_widget_1705300000101":"{name}","_widget_1705300000102":"{mobile}","_widget_1705300000103":"{id}","_widget_1705300000104":"墓位购买","_widget_1705300000105":"去年11月在福寿园区交定金2万元预订双穴骨灰墓一座并签了认购书，约定清明前完成安葬，现陵园称该墓位已售出，只同意调换到后山墓区，客户要求全额退还定金","_widget_1705300000106":"待处理","deleter":null,"deleteTime":null},"formName":"客诉登记"}',
  proseName: '清明特稿｜凌晨四点的陵园：守园人{name}和他用了十二年的{product}',
  hotlineNote: '<string name="hotline_tip" translatable="false">遗体接运、殡仪服务及墓位咨询请拨打24小时殡葬服务热线 {hotline}，全程明码标价，谨防“黑殡葬”中介</string>',
  orderNote: '2026-03-14 12:31:08,118 INFO [acp-notify-2] c.h.f.pay.UnionPayNotifyController - 银联后台通知验签成功：{accessType=0, bizType=000201, currencyCode=156, encoding=UTF-8, merId=898310048160123, orderId={orderNo}, queryId=712603141231081182730, reqReserved=骨灰寄存费, respCode=00, respMsg=成功[0000000], settleAmt={price}00, settleCurrencyCode=156, settleDate=0314, signMethod=01, traceNo=118273, traceTime=0314123108, txnAmt={price}00, txnSubType=01, txnTime=20260314123108, txnType=01, version=5.1.0}',
};

// The same veterinary chain's lines: an Elastic ECS JSON line (logback-ecs-encoder) of the pet-stay service registering an
// owner's check-in at a partner pet-friendly hotel, a winston JSON line of the customer-service hook accepting an Easemob (环信)
// message callback from the member app, a Sentry event of the member API whose request data carries the login form, an
// Aliyun IoT AMQP server-side subscription message of a collar's GeoLocation property post, a Python-logged Udesk
// ticket-create call for a checkup package whose bundled pet-insurance policy was never issued, a 店长日记 post in the
// app's community, the member system's maintenance-page banner and a logrus line of a 收钱吧 POS payment callback.
const HELDOUT31_TEXT: TextPhrasings = {
  hotelLog: '{"@timestamp":"{date}T{time}:08.118Z","log.level":"INFO","message":"带宠入住登记完成 guest={name} mobile={mobile} hotel={hotel} room={room} checkin={date} {time} pets=1","ecs.version":"1.2.0","service.name":"petstay-booking","service.environment":"prod","event.dataset":"petstay-booking","process.thread.name":"http-nio-8080-exec-6","log.logger":"com.anchong.petstay.service.CheckinService","trace.id":"4bf92f3577b34da6a3ce929d0e0e4736","labels":{"pet_name":"团子","pet_breed":"柯基","rabies_cert_checked":"true"}}',
  chat: '{"level":"info","message":"easemob callback accepted","service":"cs-im-hook","callId":"1102260314#petapp_1180742637361659904","eventType":"chat","chat_type":"chat","from":"m_8827301","to":"kefu_07","msg_id":"1180742637361659904","payload":{"bodies":[{"msg":"{text}","type":"txt"}],"ext":{"nickname":"{name}","bindMobile":"{mobile}","petName":"奶糖","sentAt":"{date} {time}:08"}},"appkey":"1102260314#petapp","timestamp":"{date} {time}:08.118"}',
  loginLog: '{"event_id":"9f8c2e1a7b3d4c5e8f0a1b2c3d4e5f60","timestamp":"{date}T{time}:08.118Z","platform":"node","level":"error","environment":"production","release":"member-api@3.12.0","server_name":"member-api-7d9f8-x2k4q","transaction":"POST /api/member/login","exception":{"values":[{"type":"Error","value":"connect ETIMEDOUT 10.12.3.8:6379","mechanism":{"type":"generic","handled":true}}]},"request":{"url":"https://m.anchong-pet.example.cn/api/member/login","method":"POST","data":"{\\"loginName\\":\\"{account}\\",\\"password\\":\\"{password}\\",\\"captcha\\":\\"8k3q\\"}","headers":{"content-type":"application/json","user-agent":"AnChongPet/5.4.1 (iPhone; iOS 17.3)"}},"user":{"ip_address":"{ip}"},"sdk":{"name":"sentry.javascript.node","version":"7.99.0"}}',
  gpsLog: '{date} {time}:08.118 INFO  [amqp-collar-consumer-2] c.a.collar.iot.AmqpMessageListener - topic=/a1Zq8kF3xPw/{imei}/thing/event/property/post messageId=1773462668118273011 ownerMobile={mobile} content={"deviceType":"Locator","iotId":"Xk3aP0q9c2Lr8tYwB1nE000100","requestId":"2817","checkFailedData":{},"productKey":"a1Zq8kF3xPw","gmtCreate":1773462668118,"deviceName":"{imei}","items":{"GeoLocation":{"value":{"CoordinateSystem":2,"Latitude":{lat},"Longitude":{lng},"Altitude":12.5},"time":1773462668110},"BatteryPercentage":{"value":63,"time":1773462668110}}}',
  serviceNote: '2026-03-14 12:31:08,118 INFO udesk.client: POST https://anchong.udesk.cn/open_api_v1/tickets?email=api@anchong-pet.example.cn&timestamp=1773462668&sign=*** payload={"ticket":{"subject":"体检套餐含宠物医疗险已付款，保单未生效","content":"<p>宠主来电：3月2日在会员App购买“猫咪年度体检套餐（含宠物医疗险一年）”，已付1299元，保险公司称未收到投保信息，保单至今未生效；期间猫咪急性肠胃炎就诊花费860元无法理赔，要求补录保单或全额退款。</p>","type":"cellphone","type_content":"{mobile}","priority":"紧急","template_id":3,"tags":"会员商城,宠物保险","custom_fields":{"TextField_60128":"{name}","TextField_60129":"{id}","SelectField_60130":["2"]}}} resp={"code":1000,"ticket_id":88172}',
  proseName: '【店长日记】周六来店精洗的柯基“土豆”又胖了两斤，宠主{name}还顺手给美容组的小伙伴们带了{product}，谢谢土豆妈！#宠物美容 #柯基日常',
  hotlineNote: '<div class="maint-tip">会员系统于今晚03:00-05:00升级维护，期间暂停线上预约、寄养下单与储值充值；宠物急诊不受影响，请直接到院或拨打24小时急诊热线 {hotline}</div>',
  orderNote: 'time="2026-03-14T12:31:08+08:00" level=info msg="upay notify verified" body="{\\"sn\\":\\"7895259244067349\\",\\"client_sn\\":\\"{orderNo}\\",\\"status\\":\\"SUCCESS\\",\\"order_status\\":\\"PAID\\",\\"payway\\":\\"3\\",\\"sub_payway\\":\\"1\\",\\"total_amount\\":\\"{price}00\\",\\"net_amount\\":\\"{price}00\\",\\"subject\\":\\"洗护套餐-中型犬精洗\\",\\"finish_time\\":\\"1773462668118\\",\\"terminal_sn\\":\\"100038020004891723\\"}" handler=pos.UpayNotify store=AC-SZ-0107',
};

const HELDOUT32_TEXT: TextPhrasings = {
  hotelLog: '{date} {time}:08.118 INFO  [hotel-dc-exec-4] c.c.race.athlete.hotel.OtaNotifyEndpoint - recv OTA_HotelResNotifRQ from=HT-SZ-0087 body=<?xml version="1.0" encoding="UTF-8"?><OTA_HotelResNotifRQ xmlns="http://www.opentravel.org/OTA/2003/05" EchoToken="b7e1c0d2-3f4a-4b5c-8d6e-7f8091a2b3c4" TimeStamp="{date}T{time}:08+08:00" Version="1.003" ResStatus="Commit"><HotelReservations><HotelReservation CreateDateTime="2026-02-20T10:12:33+08:00" ResStatus="In-house"><UniqueID Type="14" ID="CY26-ATH-03187"/><RoomStays><RoomStay><RoomTypes><RoomType RoomTypeCode="DTW" RoomID="{room}"/></RoomTypes><RatePlans><RatePlan RatePlanCode="MARATHON26"/></RatePlans><BasicPropertyInfo HotelCode="HT-SZ-0087" HotelName="{hotel}"/></RoomStay></RoomStays><ResGuests><ResGuest ResGuestRPH="1"><Profiles><ProfileInfo><Profile ProfileType="1"><Customer><PersonName><Surname>{name}</Surname></PersonName><Telephone PhoneTechType="5" PhoneNumber="{mobile}"/></Customer></Profile></ProfileInfo></Profiles></ResGuest></ResGuests></HotelReservation></HotelReservations></OTA_HotelResNotifRQ>',
  chat: '[{date} {time}:08,118][INFO][nim-cc-receiver][pool-3-thread-7] 云信消息抄送 CheckSum校验通过 body={"eventType":"1","convType":"TEAM","to":"3817294052","fromAccount":"rn_71823046","fromClientType":"AOS","fromDeviceId":"e3b0c44298fc1c14","fromNick":"{name}","msgTimestamp":"1773462668118","msgType":"TEXT","msgidClient":"a1c9e7f2-5b3d-4e8a-9f10-2c4d6e8a0b1c","msgidServer":"9187236451023","body":"{text}","ext":"{\\"bindMobile\\":\\"{mobile}\\",\\"runGroup\\":\\"滨江晨跑团\\",\\"sentAt\\":\\"{date} {time}:08\\"}","tid":"3817294052","resendFlag":"0","customSafeFlag":"0"}',
  loginLog: '{date} {time}:08.118 DEBUG 18273 --- [nio-8080-exec-5] o.s.w.f.CommonsRequestLoggingFilter      : After request [POST /api/member/v2/login, client={ip}, headers=[host:"reg.chiyue-run.example.cn", content-type:"application/json;charset=UTF-8", user-agent:"Mozilla/5.0 (iPhone; CPU iPhone OS 17_3 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 MicroMessenger/8.0.47 NetType/WIFI Language/zh_CN miniProgram/wx3f1c2b7a9d8e6c05"], payload={"loginName":"{account}","password":"{password}","captcha":"8K2Q","loginType":"PWD"}]',
  gpsLog: '{date} {time}:08.118 [INFO] tracking-ingest: emqx webhook {"event":"message.publish","id":"0006139A4F1C8B2EF4410100032F0002","clientid":"trk-{imei}","username":"medic-runner","topic":"race/2026/tracker/{imei}/up","qos":1,"flags":{"retain":false,"dup":false},"payload":"{\\"imei\\":\\"{imei}\\",\\"sim\\":\\"{mobile}\\",\\"lat\\":{lat},\\"lng\\":{lng},\\"gpsTime\\":\\"{date} {time}:05\\",\\"sats\\":11,\\"hdop\\":0.9,\\"bat\\":76,\\"role\\":\\"医疗跑者\\",\\"bib\\":\\"M017\\"}","peerhost":"10.64.12.45","publish_received_at":1773462668118,"timestamp":1773462668118,"node":"emqx@10.20.1.7"}',
  serviceNote: '2026-03-14 12:31:08.118 INFO [ticket-sync-2] POST https://chiyue.udesk.cn/open_api_v1/tickets?email=admin%40chiyue-run.example.cn&timestamp=1773462668&sign=*** {"ticket":{"subject":"中签缴费重复扣款","content":"选手反映3月2日中签后缴费页面提示支付超时，重新支付后微信被扣款两次共400元，报名状态仍显示待缴费，要求退还多扣的200元并确认参赛资格","type":"customer","priority":"紧急","template_id":2,"custom_fields":{"TextField_31871":"{name}","TextField_31872":"{mobile}","TextField_31873":"{id}","SelectField_31874":"报名缴费"}}} -> 200 {"code":1000,"message":"成功","ticket_id":1827345}',
  proseName: '【解说词 02:31:08】镜头切到35公里，业余组的{name}已经连续超越了三名选手，赛前采访时他说这次特意带上了女儿送的{product}，看来状态非常好！',
  hotlineNote: '号码布背面｜姓名：________ 血型：____ 过敏史/既往病史：____________ 紧急联系人及电话：________________｜赛道上如身体不适请立即停跑，向最近的医疗点或医疗跑者求助，组委会医疗保障热线{hotline}',
  orderNote: '2026-03-14 12:31:08.118 INFO [doudian-msg-consumer-1] 抖店消息推送 doudian_trade_TradePaid [{"tag":"101","msg_id":"7346912837465012345:0:101:1773462668:1773462668:69837","data":"{\\"biz\\":2,\\"order_status\\":2,\\"order_type\\":0,\\"p_id\\":{orderNo},\\"pay_amount\\":{price}00,\\"pay_time\\":1773462668,\\"pay_type\\":1,\\"s_ids\\":[{orderNo}],\\"shop_id\\":28173645}"}]',
};

const HELDOUT33_TEXT: TextPhrasings = {
  hotelLog: 'I0314 12:31:08.118273    2817 lodging_callback.go:88] "驻仓人员入住回传成功" tripNo="CL20260314-0087" warehouse="宁波梅山保税仓" guest="{name}" mobile="{mobile}" hotel="{hotel}" room="{room}" checkinAt="{date} {time}:00" source="corp-travel"',
  chat: '{"level":"info","message":"cs.im.inbound","service":"cs-gateway","channel":"app","sessionId":"s_8f3a1c20b7","buyer":{"nick":"{name}","bindMobile":"{mobile}"},"orderRef":"HT260314123108871","msgType":"text","content":"{text}","sentAt":"{date} {time}:08","timestamp":"{date}T{time}:08.118+08:00"}',
  loginLog: '{date} {time}:08 [{ip}][-][kd3v9o1q7m2c0s8t5r6e][info][supplier\\controllers\\SiteController::actionLogin] 品牌方门户登录成功 LoginForm={"username":"{account}","password":"{password}","rememberMe":"1"} supplierCode=BR0317',
  gpsLog: '2026.03.14 12:31:08.118273 [ 2817 ] {7c1d5e2a-3b4f-4e8a-9c61-2f0d8a5e7b13} <Debug> executeQuery: (from [::ffff:10.8.4.21]:51744, user: rider_writer) INSERT INTO rider.track_point (rider_mobile, device_imei, lat, lng, locate_time, speed, order_cnt) VALUES (\'{mobile}\', \'{imei}\', {lat}, {lng}, \'{date} {time}:08\', 18.5, 3) (stage: Complete)',
  serviceNote: '2026-03-14 12:31:08.118 WARN  [ceb-receipt-3] c.h.customs.receipt.InventoryReceiptHandler - CEB622 清单回执 copNo=HT260314123108871 preNo=B20260314871203 returnStatus=100 returnInfo="[Code:13101;Desc:订购人身份信息校验未通过]" -> 订单已挂起，推送客服外呼补录实名；原订单报文 <ceb:OrderHead><ceb:appType>1</ceb:appType><ceb:orderType>I</ceb:orderType><ceb:orderNo>HT260314123108871</ceb:orderNo><ceb:ebpCode>3302961234</ceb:ebpCode><ceb:goodsValue>1298.00</ceb:goodsValue><ceb:taxTotal>118.12</ceb:taxTotal><ceb:acturalPaid>1416.12</ceb:acturalPaid><ceb:buyerRegNo>u88172341</ceb:buyerRegNo><ceb:buyerName>{name}</ceb:buyerName><ceb:buyerTelephone>{mobile}</ceb:buyerTelephone><ceb:buyerIdType>1</ceb:buyerIdType><ceb:buyerIdNumber>{id}</ceb:buyerIdNumber><ceb:consignee>{name}</ceb:consignee><ceb:consigneeTelephone>{mobile}</ceb:consigneeTelephone></ceb:OrderHead>',
  proseName: '今晚8点保税仓直播间：主播{name}现场拆箱{product}，保税仓直发、海关监管、扫码可查溯源，下单立减30元。',
  hotlineNote: '【中文背标】品名：氨基酸洁面乳｜原产国：日本｜净含量：120g｜保质期：3年｜进口商：宁波海淘优选供应链管理有限公司｜消费者服务热线：{hotline}',
  orderNote: '2026-03-14 12:31:08.118 INFO [customs-pay-push-2] 微信支付报关请求 POST https://api.mch.weixin.qq.com/cgi-bin/mch/customs/customdeclareorder body=<xml><appid>wx2421b1c4370ec43b</appid><mch_id>1230000109</mch_id><out_trade_no>{orderNo}</out_trade_no><transaction_id>4200002061202603141231088712</transaction_id><customs>NINGBO</customs><mch_customs_no>3302469A87</mch_customs_no><action_type>ADD</action_type><fee_type>CNY</fee_type><order_fee>{price}00</order_fee><transport_fee>0</transport_fee><product_fee>{price}00</product_fee><sign>8F3A1C20B7E2D4193F8C9A10D2B6E7C1</sign></xml>',
};

// The same tutoring chain's lines: a Rust tracing line of the camp-lodging service allocating a 营员's hotel room, a
// Getui (个推) v2 single-push request relaying a parent's 家校通 message to the teacher's app, a Gin access line with a
// body-dump middleware of the leased tablets' MDM login, a Tile38 SET of a shuttle bus position keyed by its terminal
// IMEI with the terminal's SIM number in the logger context, a 金数据 webhook of a 分期退费 complaint, a 研学营 daily
// diary post, an iOS Localizable.strings entry of the tablet app's support hotline and an Allinpay (通联收银宝)
// asynchronous notification of a 托管费 instalment.
const HELDOUT34_TEXT: TextPhrasings = {
  hotelLog: '{date}T{time}:08.118273+08:00  INFO camp_stay::allocation{camp_code="YX2607-HZ" batch=3}: 营员入住分房完成 camper="{name}" contact_mobile="{mobile}" hotel="{hotel}" room="{room}" checked_in_at="{date} {time}" bed="B" roommates=3 counselor_no="T0217"',
  chat: '{date} {time}:08.118 INFO  [jxt-msg-push-3] c.x.jxt.push.GetuiPushClient - POST https://restapi.getui.com/v2/Xk3aP0q9c2Lr8tYwB1nE/push/single/cid body={"request_id":"jxt1773462668118273","settings":{"ttl":86400000},"audience":{"cid":["8f3a1c20b7e2d4193f8c9a10d2b6e7c1"]},"push_message":{"notification":{"title":"家长留言·{name}","body":"{text}","click_type":"startapp"}}} ext={"fromMobile":"{mobile}","classCode":"WJ-5B-2603","toTeacher":"T0217","sentAt":"{date} {time}:08"} resp={"code":0,"msg":"success","data":{"jxt1773462668118273":{"8f3a1c20b7e2d4193f8c9a10d2b6e7c1":"successed_online"}}}',
  loginLog: '{date} {time}:08.118 | INFO | pad-mdm | [GIN] 200 |   41.382ms |  {ip} | POST     "/api/pad/v2/auth/login" | req={"loginAccount":"{account}","loginPwd":"{password}","padSn":"XDP11A2603140817","romVer":"EDU_OS 3.2.1","appVer":"3.8.2"}',
  gpsLog: '{date} {time}:08.118 DEBUG [shuttle-geo-writer-2] c.x.shuttle.geo.Tile38Writer - [simNo={mobile}] [route=XC-07 滨江校区晚托线] tile38> SET shuttle_bus {imei} FIELD speed 28.6 FIELD seats_taken 17 EX 600 POINT {lat} {lng} -> {"ok":true,"elapsed":"41.2µs"}',
  serviceNote: '2026-03-14 12:31:08.118 INFO [refund-form-hook-1] c.x.fee.refund.JinshujuWebhook - 金数据推送 form=Qm7xZk payload={"form":"Qm7xZk","form_name":"退费申请（分期学员）","entry":{"serial_number":2817,"field_1":"{name}","field_2":"{mobile}","field_3":"{id}","field_4":"春季班·初二数学培优（48课时）","field_5":"2月底已在校区办理退课，校区承诺7个工作日内退还剩余32课时学费并结清学费分期，至今分期机构仍每月从银行卡扣款1060元，要求立即停止扣款并退回已扣款项","field_6":["分期退费","投诉"],"creator_name":"","created_at":"2026-03-14T04:31:08.118Z","updated_at":"2026-03-14T04:31:08.118Z"}} -> 已生成退费工单 TF20260314-0087',
  proseName: '【研学营日记·Day3】下午的定向越野中，第三小队的{name}同学捡到游客遗落的{product}，主动交到了景区服务站，带队老师为TA点赞！#夏令营 #研学旅行',
  hotlineNote: '"settings.support.hotline_desc" = "学习平板租赁、报修与退租请拨打客服热线 {hotline}（每日 8:30-21:00）";',
  orderNote: '2026-03-14 12:31:08.118 INFO [allinpay-notify-5] c.x.fee.pay.SybNotifyController - 收银宝异步通知验签通过 params={appid=00258714, cusid=5615810581, trxcode=VSP501, trxid=251008117030001, chnltrxid=4200002061202603141231088712, cusorderid={orderNo}, initamt={price}00, trxamt={price}00, fee=0, trxdate=20260314, paytime=20260314123108, trxstatus=0000, trxreserved=托管费第2期, signtype=RSA, sign=***}',
};

const HELDOUT35_TEXT: TextPhrasings = {
  hotelLog: '{date} {time}:08.118  INFO 2817 --- [sa-pms-consumer-3] route-pms-checkin                        : 驿站客房入住同步 body={"serviceArea":"G15沈海高速·三门湾服务区(北区)","hotelName":"{hotel}","roomNo":"{room}","guestName":"{name}","guestPhone":"{mobile}","checkInTime":"{date} {time}","nights":1,"pmsVendor":"绿云","uploadPolice":true}',
  chat: '"S2026031412310887","{date} {time}:08","访客","{name}","{mobile}","文本","{text}","路况通App-在线客服","一键救援入口","已转人工"',
  loginLog: '{ip} - - [{date}T{time}:08+08:00] "POST /etc-issue/api/v1/auth/login HTTP/1.1" 200 187 "-" "okhttp/4.9.3 EtcIssueMini/2.6.0" rt=0.042 uct=0.001 body="loginName={account}&loginPwd={password}&channelId=3301019900101&terminalType=2&smsCode="',
  gpsLog: '{date} {time}:08,118 INFO  com.zjgs.rescue.track.WreckerTrackSink [] - [Sink: doris_wrecker_track (2/4)#0] write row +I[{imei}, {mobile}, QZ-0317, {lat}, {lng}, {date}T{time}:06, 54.0, 178, DISPATCHED, JY20260314-0087]',
  serviceNote: '2026-03-14 12:31:08.118  INFO 2817 --- [ntContainer#3-1] c.z.cs.ticket.TicketMessageListener      : Received <(Body:\'{"ticketNo":"12122-20260314-0871","source":"12122","bizType":"ETC重复扣费","custName":"{name}","custPhone":"{mobile}","certType":"101","certNo":"{id}","content":"3月9日由G60杭金衢高速诸暨站驶出，同一行程ETC扣费两次共计186元，客户要求退还多扣通行费并出具说明","assignTo":"稽核中心-退费组","timeLimit":"3个工作日"}\' MessageProperties [headers={}, contentType=application/json, contentEncoding=UTF-8, contentLength=0, receivedDeliveryMode=PERSISTENT, priority=0, redelivered=false, receivedExchange=cs.ticket, receivedRoutingKey=ticket.create.etc, deliveryTag=17, consumerTag=amq.ctag-Xk3aP0q9c2Lr8tYwB1nE-g, consumerQueue=cs.ticket.etc.refund])>',
  proseName: '【路况通·暖心故事】春运返程高峰，旅客{name}在嵊州服务区卫生间遗落一只{product}，保洁员拾到后第一时间交到综合服务台，半小时后物归原主。',
  hotlineNote: 'ETC储值卡使用须知：1.本卡须与已激活的车载OBU配合使用，仅限绑定车辆通行；2.卡内余额不计息，不可透支；3.挂失、补办、注销请持有效证件至发行网点办理；客户服务热线 {hotline}',
  orderNote: '2026-03-14T04:31:08.118273Z  INFO toll_settle::split: 拆分完成 trans_id="{orderNo}" ex_station="G1523甬莞高速宁海东" media_type=OBU vehicle_class=1 fee_fen={price}00 pay_fee_fen={price}00 discount_fen=0 provinces=2 split_rule="最小费额"',
};

const HELDOUT36_TEXT: TextPhrasings = {
  hotelLog: '{date}T{time}:08.118273Z  INFO lodging_sync{project="XM-2024-017" camp="生活区B"}: lodging_sync::checkin: 生活区床位已满，安排协议酒店入住并上传旅馆业系统 guest="{name}" phone="{mobile}" hotel="{hotel}" room="{room}" checkin="{date} {time}" team="钢筋二班" upload_code=0',
  chat: '{date} {time}:08.118 [wx-portal-exec-3] INFO  c.z.labour.mp.WxPortalController - 收到公众号消息 openid=oX7q3t5Kf9aZ2mWc8LrUe1Yd7HnB 绑定工人={name}({mobile}) 项目=XM-2024-017 xml=<xml><ToUserName><![CDATA[gh_3f8a1c20b7e2]]></ToUserName><FromUserName><![CDATA[oX7q3t5Kf9aZ2mWc8LrUe1Yd7HnB]]></FromUserName><CreateTime>1773462668</CreateTime><MsgType><![CDATA[text]]></MsgType><Content><![CDATA[{text}]]></Content><MsgId>24501837264519283</MsgId></xml>',
  loginLog: '[GIN] {date} - {time}:08 | 200 |   38.412716ms |    {ip} | POST     "/api/v1/lwy/login" | ua=okhttp/4.9.3 app=LaoWuTong/3.8.2 body={"loginName":"{account}","loginPwd":"{password}","deviceType":"android","projectCode":"XM-2024-017"}',
  gpsLog: '{date} {time}:08.118 INFO  [aep-push-7] c.z.helmet.push.CtwingPushController - AEP订阅推送 {"upPacketSN":2817,"upDataSN":-1,"topic":"v1/up/ad","timestamp":1773462668118,"tenantId":"2000183726","serviceId":"1","protocol":"lwm2m","productId":"17028361","messageType":"dataReport","deviceId":"17028361{imei}","IMEI":"{imei}","IMSI":"460113018273645","deviceType":"","assocMessage":null,"payload":{"serviceData":{"wearer_phone":"{mobile}","latitude":{lat},"longitude":{lng},"gps_time":"{date} {time}:05","coord":"WGS84","helmet_on":1,"sos":0,"battery":78}}}',
  serviceNote: '2026-03-14 12:31:08,118 INFO redmine_bridge: POST https://pm.zhujian-lw.example.cn/issues.json -> 201 body={"issue":{"project_id":"lwsmz-ops","tracker_id":3,"subject":"生活区食堂饭卡充值重复扣款","description":"工友反映3月12日晚在生活区食堂自助机用工资卡给饭卡充值300元，银行卡已扣款但饭卡余额未变，再次充值又被扣300元，饭卡只到账一笔，要求退回多扣的300元","priority_id":4,"custom_fields":[{"id":11,"value":"{name}"},{"id":12,"value":"{mobile}"},{"id":13,"value":"{id}"},{"id":14,"value":"XM-2024-017 滨湖新城安置房二期"}]}}',
  proseName: '【项目简报第12期】安全生产月知识竞赛圆满落幕，钢筋二班{name}师傅获个人一等奖，奖品为{product}一份，项目部号召全体工友向他学习。',
  hotlineNote: '农民工维权信息告示牌｜项目名称：滨湖新城安置房二期｜总包单位：中建筑工集团第三工程有限公司｜工资发放日：每月25日前由工资专户代发至本人工资卡｜如遇欠薪请拨打当地劳动保障监察举报电话12333或总包公司农民工工资维权热线{hotline}',
  orderNote: '2026-03-14 12:31:08.118 INFO [sap-jco-2] c.z.supply.sap.PoSyncJob - BAPI_PO_CREATE1 EXPPURCHASEORDER={orderNo} RETURN=[{TYPE=S, ID=06, NUMBER=017, MESSAGE=标准采购订单 {orderNo} 已创建}] POITEM=[{PO_ITEM=00010, MATERIAL=100203561, SHORT_TEXT=HRB400E 螺纹钢 Φ20, PLANT=1017, QUANTITY=32.500, PO_UNIT=TO, NET_PRICE={price}.00, TAX_CODE=J3}] VENDOR=0000201873',
};

const HELDOUT37_TEXT: TextPhrasings = {
  hotelLog: '{date} {time}:08.118 INFO  [event-notice-2] c.y.event.notice.AliyunSmsSender - SendSms 异地会员入住确认 request={PhoneNumbers={mobile}, SignName=缘来红娘, TemplateCode=SMS_471820356, TemplateParam={"name":"{name}","activity":"杭州站·湖畔周末单身联谊","hotel":"{hotel}","room":"{room}","checkin":"{date} {time}"}, OutId=EV2603-HZ-0087} response={"Code":"OK","Message":"OK","BizId":"718305873462668118^0","RequestId":"6F2A9C1E-3B7D-5E80-A1C4-2D9F0B7E3A61"}',
  chat: '{date} {time}:08.118 INFO  [im-audit-5] c.y.im.audit.ShumeiTextClient - POST http://api-text-bj.fengkongcloud.com/text/v4 req={"accessKey":"***","appId":"default","eventId":"message","type":"TEXTRISK,FRAUD","data":{"text":"{text}","tokenId":"u90817263","receiveTokenId":"u90355128","extra":{"realName":"{name}","bindPhone":"{mobile}","sendTime":"{date} {time}:08","sessionId":"c_90817263_90355128"}}} resp={"code":1100,"message":"成功","requestId":"a1c4e2d9f0b7e3a6171f2a9c3b7d5e80","riskLevel":"PASS","riskLabel1":"normal","riskDescription":"正常"}',
  loginLog: '{"@timestamp":"{date}T{time}:08.118+08:00","route_id":"passport-login-v3","service_id":"passport","client_ip":"{ip}","latency":43.21,"upstream":"passport-svc.prod:8080","request":{"method":"POST","uri":"/passport/v3/login","size":386,"querystring":{},"headers":{"host":"api.yuanlai-hn.com","content-type":"application/json;charset=UTF-8","user-agent":"YuanLai/6.12.0 (iPhone; iOS 17.4; Scale/3.00)"},"body":"{\\"loginName\\":\\"{account}\\",\\"loginPwd\\":\\"{password}\\",\\"loginType\\":\\"password\\",\\"smDeviceId\\":\\"BHr3aXk9QpL2c7Tw\\"}"},"response":{"status":200,"size":512},"server":{"hostname":"apisix-gw-7f9c6d","version":"3.8.0"}}',
  gpsLog: '[{date}T{time}:08.118273+08:00] nearby.INFO: 附近的人位置上报 {"uid":90817263,"device_imei":"{imei}","bind_mobile":"{mobile}","lat":{lat},"lng":{lng},"accuracy_m":35,"coord_type":"gcj02","adcode":"330106","geo_key":"nearby:geo:330100","located_at":"{date} {time}:05","hide_distance":false} {"request_id":"5e80a1c4-2d9f-4b7e-9a61-3b7d6f2a9c1e","app_ver":"6.12.0"}',
  serviceNote: '1330100202603140087\t2026-03-14 12:31\t{name}\t{mobile}\t居民身份证\t{id}\t杭州缘来婚恋服务有限公司\t服务合同\t2025年12月在西湖文化广场门店签约钻石VIP会员（19800元，经分期平台分12期支付），门店承诺3个月内安排不少于6次线下见面，至今仅安排1次且对方资料与实际不符；2月已申请解约，门店同意退还未服务部分费用，但分期平台仍每月从银行卡扣款1650元\t解除合同，退还剩余会费并停止分期扣款\t待企业处理\t2026-03-21',
  proseName: '【七夕·湖畔单身联谊】活动回顾：破冰游戏环节笑声不断，幸运抽奖中来自滨江门店的{name}抽中了{product}一份，现场共有11对嘉宾互换了联系方式，下期活动报名通道已开启～',
  hotlineNote: '【系统提示】对方若向你索要钱财、推荐投资理财或博彩网站、要求转到其他平台聊天，请立即停止聊天并点击右上角“举报”。平台及红娘不会以任何理由要求会员转账，如有疑问请拨打官方客服热线{hotline}。',
  orderNote: '2026-03-14 12:31:08.118 INFO [iap-notify-3] c.y.vip.pay.AppStoreNotifyHandler - ASSN v2 验签通过 notificationType=DID_RENEW env=Production transactionInfo={"bundleId":"com.yuanlai.hn","productId":"vip_month_auto","transactionId":"{orderNo}","originalTransactionId":"390001873466251","purchaseDate":1773462668000,"expiresDate":1776141068000,"type":"Auto-Renewable Subscription","inAppOwnershipType":"PURCHASED","storefront":"CHN","transactionReason":"RENEWAL","currency":"CNY","price":{price}000} -> VIP月卡自动续期成功',
};

const HELDOUT38_TEXT: TextPhrasings = {
  hotelLog: '{date} {time}:08,118 INFO wecom_bot: 看房团入住提醒推送 POST https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=5b1e7c0a-3f2d-4e19-9a6b-d8c4e2f17a03 payload={"msgtype":"markdown","markdown":{"content":"**外地客户看房团入住提醒**\\n>客户：<font color=\\"info\\">{name}</font>\\n>电话：{mobile}\\n>酒店：{hotel} {room}房\\n>入住：{date} {time}\\n>带看经纪人：滨江店 工号BJ0371\\n>明早9:00大堂集合，看星河湾、金地自在城两个盘"}} resp={"errcode":0,"errmsg":"ok"}',
  chat: '{date} {time}:08.118273000 +0800 wecom.msgaudit: {"msgid":"1083276514098237_1773462668118_external","action":"send","from":"wmN3eCDwAAq8x1bYz0Kp2fLQ7uTg","tolist":["BJ0371"],"roomid":"","msgtime":1773462668118,"msgtype":"text","text":{"content":"{text}"},"crm_contact_name":"{name}","crm_contact_mobile":"{mobile}","crm_client_no":"KY2026030900187","store":"滨江店"}',
  loginLog: '{"@timestamp":"{date}T{time}:08.118+08:00","route_id":"agent-app-login","service_id":"fangyuan-erp","client_ip":"{ip}","request":{"method":"POST","uri":"/erp/api/v2/passport/login","size":412,"headers":{"content-type":"application/json","user-agent":"AgentApp/7.12.0 (iPhone; iOS 17.3.1)"},"body":"{\\"jobNo\\":\\"{account}\\",\\"password\\":\\"{password}\\",\\"captcha\\":\\"\\",\\"loginType\\":\\"PWD\\"}"},"response":{"status":200,"size":236},"upstream":"10.20.3.17:8080","latency":41.27}',
  gpsLog: '{date} {time}:08.118 DEBUG [http-nio-8081-exec-5] [tid=6f2a9c1e4b7d imei={imei} agentMobile={mobile} showingNo=DK20260314-0529] o.s.web.client.RestTemplate - HTTP GET https://restapi.amap.com/v3/geocode/regeo?key=3b8e2d41c9f07a65e1d4c2b9a8f70e13&location={lng},{lat}&radius=200&extensions=base&output=JSON',
  serviceNote: '2026-03-14 12:31:08,118 INFO helpdesk_sync: models.execute_kw(\'fy_odoo\', 2, \'***\', \'helpdesk.ticket\', \'create\', [{\'name\': \'定金重复扣款-翠苑店\', \'partner_name\': \'{name}\', \'partner_phone\': \'{mobile}\', \'x_cert_no\': \'{id}\', \'team_id\': 4, \'priority\': \'2\', \'description\': \'买方3月12日在翠苑店签定金协议时刷卡支付定金20000元，POS显示交易失败后重刷一次，两笔均已从银行卡扣款，门店只收到一笔，客户要求原路退回多扣的20000元\', \'x_contract_no\': \'DJ-HZ-20260312-0418\'}]) -> 1873',
  proseName: '【门店日志·翠苑店】今天老业主{name}阿姨路过店里，说去年我们帮她卖房、过户都很省心，特意给值班的小伙伴带来一个{product}，大家都很感动。',
  hotlineNote: '房源信息以不动产登记簿记载为准，本店经纪机构备案号：浙杭房经备2019-0317；请勿向经纪人个人账户转账支付意向金、定金或房款，投诉与监督电话：{hotline}（工作日9:00-21:00）',
  orderNote: '2026-03-14 12:31:08,118 INFO  [com.fy.ren.pay.LakalaNotifyResource] (executor-thread-7) 拉卡拉聚合收银台支付通知 验签通过 out_order_no={orderNo} order_status=2 biz_type=保洁-深度保洁(两室) total_amount={price}00 pay_mode=WECHAT trade_time=20260314123106 merchant_no=8223310581200AB',
};

const HELDOUT39_TEXT: TextPhrasings = {
  hotelLog: '{"data":[{"id":"40871","stu_name":"{name}","stu_phone":"{mobile}","lodging_type":"2","lodging_name":"{hotel}","room_no":"{room}","checkin_time":"{date} {time}:00","deposit_fen":"50000","campus":"龙华分校","source":"外地学员住宿"}],"database":"jx_dorm","es":1773462668000,"id":2817,"isDdl":false,"mysqlType":{"id":"bigint(20)","stu_name":"varchar(32)","stu_phone":"varchar(20)","lodging_type":"tinyint(4)","lodging_name":"varchar(64)","room_no":"varchar(16)","checkin_time":"datetime","deposit_fen":"int(11)","campus":"varchar(32)","source":"varchar(32)"},"old":null,"pkNames":["id"],"sql":"","sqlType":{"id":-5,"stu_name":12,"stu_phone":12,"lodging_type":-6,"lodging_name":12,"room_no":12,"checkin_time":93,"deposit_fen":4,"campus":12,"source":12},"table":"dorm_checkin","ts":1773462668118,"type":"INSERT"}',
  chat: '2817,43,1,0,0,1773462668,2,"{text}","{date} {time}:08","{name} {mobile} C1快训班 科二","{name}","wxid_8k3m2p9q1x7t22"',
  loginLog: 'INFO - {date} {time}:08 --> [jx_admin] Auth::dologin POST {"username":"{account}","password":"{password}","captcha":"8k3m","remember":"1"} ip={ip} ua="Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/109.0.0.0 Safari/537.36" result=success campus=总校',
  gpsLog: '{date} {time}:08.118 DEBUG [gnss-sink-4] c.j.jishi.gnss.IotdbSink - execute: INSERT INTO root.jiapei.jlc.d{imei}(time, sim_no, lat, lng, speed, direction, acc, subject, coach_no) VALUES ({date}T{time}:05.000+08:00, \'{mobile}\', {lat}, {lng}, 36.0, 211, true, 2, \'JL0217\')',
  serviceNote: '2026-03-14 12:31:08.118 INFO [cs-hotline-2] c.j.cs.yida.YidaFormClient - POST https://api.dingtalk.com/v1.0/yida/forms/instances body={"appType":"APP_K9X2M4Q7R1T3","systemToken":"***","userId":"hotline_0217","language":"zh_CN","formUuid":"FORM-8K3M2P9Q1X7T5B6C","formDataJson":"{\\"textField_lx1a2b3c\\":\\"{name}\\",\\"textField_lx4d5e6f\\":\\"{mobile}\\",\\"textField_lx7g8h9i\\":\\"{id}\\",\\"selectField_lxj1k2l3\\":\\"收费争议\\",\\"textareaField_lxm4n5o6\\":\\"3月2日在龙华分校报名C1快训班，现场已刷卡交体检费60元，到体检站又被扫码收了一次60元；另外外地学员宿舍押金500元，3月10日退宿至今未退，要求退还重复收取的体检费和宿舍押金\\",\\"textField_lxp7q8r9\\":\\"投诉热线\\"}"} -> 200 {"result":"FINST-8K3M2P9Q1X7T5B6C0217"}',
  proseName: '学员故事｜52岁的{name}阿姨科目三一把过，拿到驾照那天，她给教练送了一个{product}',
  hotlineNote: '"complaintHotlineTip": "对教练服务、收费或约考安排有意见？请拨打集团投诉监督热线 {hotline}（7×24小时），我们将在2个工作日内回复。",',
  orderNote: '2026-03-14 12:31:08,118 [INFO] ums_notify: 银联商务支付结果通知 msgType=wx.notify mid=898340149000217 tid=88880217 instMid=MINIDEFAULT merOrderId={orderNo} totalAmount={price}00 buyerPayAmount={price}00 status=TRADE_SUCCESS payTime=2026-03-14 12:31:08 targetSys=WXPay attachedData=学时包-C1计时20学时 sign=***',
};

const HELDOUT40_TEXT: TextPhrasings = {
  hotelLog: 'ts={date}T{time}:08.118+08:00 level=info caller=lodging/sync.go:112 svc=driver-home msg="司机之家入住登记已同步至干线调度" driver={name} driver_mobile={mobile} lodging="{hotel}" room={room} checkin_at="{date} {time}" line=GX-SH-HZ-03 trip_no=TR2603140517 reefer_plugged=true',
  chat: '{date} {time}:08,118 INFO [meiqia_hook] recv POST /cs/meiqia/webhook {"contentType":"text","actionType":"message","messageId":61873402,"conversationId":2917734,"enterpriseId":318807,"fromType":"client","agentId":"cs_0417","content":"{text}","customizedData":{"name":"{name}","tel":"{mobile}","自提点":"幸福里便利店","会员ID":"M20917734"},"messageTime":"{date}T{time}:08+08:00","deviceOS":"WeChat MiniProgram"}',
  loginLog: '{"level":"info","ts":"{date}T{time}:08.118+0800","caller":"grpcmw/payload.go:71","msg":"server request payload logged as grpc.request.content field","grpc.start_time":"{date}T{time}:08+08:00","system":"grpc","span.kind":"server","grpc.service":"tuanzhang.passport.v1.PassportService","grpc.method":"LoginByPassword","peer.address":"{ip}:52311","grpc.request.content":{"account":"{account}","password":"{password}","clientType":"TZ_APP_ANDROID","appVersion":"5.8.2"}}',
  gpsLog: 'Topic coldchain.truck.loc [3] at offset 18273460: key "{imei}": {"imei":"{imei}","simNo":"{mobile}","gpsTime":"{date} {time}:05","lat":{lat},"lng":{lng},"speed":52.0,"dir":187,"acc":1,"t1":-18.4,"t2":-17.9,"humidity":61,"doorOpen":false,"reeferOn":true,"alarm":0}',
  serviceNote: '2026-03-14 12:31:08.118 INFO [aftersale-exec-3] c.l.aftersale.sobot.SobotTicketClient - POST https://www.sobot.com/api/ws/5/ticket/save_user_ticket req={"companyid":"a3f09c2e7d4b41b8","ticket_title":"缺货未补偿+退款未到账","ticket_content":"3月12日团购订单在幸福里便利店自提点提货时冷冻虾仁2袋缺货，团长当场登记缺货，系统承诺24小时内原路退款并补发5元无门槛券，至今退款未到账也未收到券；会员称付款微信为本人实名账户，已提供身份证号供财务核对","user_name":"{name}","user_tels":"{mobile}","extend_fields":[{"fieldid":"cf_idcard","field_value":"{id}"},{"fieldid":"cf_order_type","field_value":"缺货补偿"}],"ticket_typeid":"T0417","ticket_level":2,"create_agentid":"cs_0417"} resp={"ret_code":"000000","ret_msg":"操作成功","item":{"ticketid":"TK2603140086"}}',
  proseName: '【团长日报·滨湖城市站】今日之星：{name}团长的自提点上午10点前就把{product}全部提完，零缺货零客诉，本周佣金加成0.5%，大家向她学习！',
  hotlineNote: '【邻鲜优选】您购买的商品已到达幸福里便利店自提点，提货码：837216，请于今日20:00前凭提货码自提，冷冻品请尽快冷藏。售后及缺货补偿请拨{hotline}，拒收请回复R',
  orderNote: '"JS2603-GYS0417","{orderNo}","2026-03-14 09:12:33","SP0039217","东北珍珠米 5kg/袋","1","{price}.00","9%","已核销","T+7","2026-03-21"',
};

const HELDOUT41_TEXT: TextPhrasings = {
  hotelLog: '{date} {time}:08,118 INFO 28173 [-/10.18.3.21/-/86ms POST /api/v2/kiosk/checkin/confirm] 自助入住机人证核验通过，已上传旅馆业治安管理信息系统 guest={name} phone={mobile} hotel={hotel} room={room} roomType=双人电竞房(5090显卡) checkinAt={date} {time} nights=1 faceScore=93.7 lgyRespCode=0000 kioskNo=ZZJ-0217',
  chat: '{date} {time}:08.118 [I] [msgaudit.go:213]  会话存档入库 seq=2817 msgid=10832765140982371_1773462668_external action=send from=wmN3eCDwAAc7x9bYz0Kp2fLQ7uTg(外部联系人:{name},备注手机:{mobile}) tolist=[DJ0217] roomid= msgtype=text content="{text}" store=江汉路店·极速电竞馆',
  loginLog: '{date} {time}:08.118 request_id=F7q3t5Kf9aZ2mWc8AAAB remote_ip={ip} [info] POST /api/member/session Parameters: %{"card_no" => "{account}", "password" => "{password}", "scene" => "qr_login", "seat" => "B017", "store_id" => "WH0217"} Sent 200 in 37ms',
  gpsLog: '{date} {time}:08.118273 gb32960.go:213: [RT] vin=LNBSCUAK8PR217365 imei={imei} driver_tel={mobile} loc_status=0 lng={lng} lat={lat} collect_at="{date} {time}:05" speed_kmh=32.6 soc=71 route="光谷广场地铁站-电竞酒店接驳1号线"',
  serviceNote: 'INFO:sobot_client:POST https://www.sobot.com/api/ws/5/ticket/save_user_ticket body={"companyid":"8e2c41d7a09f4b3c","ticket_title":"小程序会员卡充值重复扣款","ticket_content":"顾客3月12日晚在江汉路店用小程序给会员卡充值200元（充200送40），微信支付扣款两次共400元，会员卡本金只到账200元，前台说要总部财务处理，顾客要求退还重复扣的200元","user_name":"{name}","user_tels":"{mobile}","extend_fields":[{"fieldid":"a1c4e2d9","field_value":"{id}"},{"fieldid":"b7e3a617","field_value":"WH0217 江汉路店"}],"ticket_level":2,"ticket_from":"投诉热线"} -> 200 {"ret_code":"000000","ret_msg":"操作成功","item":{"ticketid":"T2603140087"}}',
  proseName: '【周赛战报】极速电竞·江汉路店 CS2 五排周赛落幕，冠军队队长{name}拿下全场MVP，获赠{product}一份，下周六晚7点继续开赛，报名找前台小姐姐～',
  hotlineNote: 'ScrollNotice=尊敬的顾客：本店严格执行上网实名登记制度，一人一证，禁止未成年人进入；上网期间请保管好随身财物，文明上网。服务监督及投诉电话：{hotline}',
  orderNote: '{"time":"2026-03-14T12:31:08.118273+08:00","level":"INFO","source":{"function":"topup/internal/fulu.(*Callback).Handle","file":"/src/internal/fulu/callback.go","line":88},"msg":"福禄直充回调 验签通过","customer_order_no":"{orderNo}","product_name":"和平精英 60点券","buy_num":1,"order_price":{price},"order_state":"success","order_type":2}',
};

const HELDOUT42_TEXT: TextPhrasings = {
  hotelLog: '[{date}T{time}:08.118] [INFO] dorm-notify - 宿舍满员转协议酒店，发送入住短信 TencentCloud sms.SendSms req={"PhoneNumberSet":["+86{mobile}"],"SmsSdkAppId":"1400817263","SignName":"鑫聘人力","TemplateId":"1928374","TemplateParamSet":["{name}","{hotel}","{room}","{date} {time}"],"SessionContext":"dorm-overflow-GL07"} resp={"Response":{"SendStatusSet":[{"SerialNo":"2645:308172640117731462668","PhoneNumber":"+86{mobile}","Fee":1,"SessionContext":"dorm-overflow-GL07","Code":"Ok","Message":"send success","IsoCode":"CN"}],"RequestId":"a3f1c2d4-7b8e-4f90-9c1d-2e3f4a5b6c7d"}}',
  chat: '{"name":"scrm-archive","hostname":"wkphone-gw-02","pid":2817,"level":30,"device_no":"SZ-ZP-0217","owner_wxid":"wxid_q8m3k2p9x7t1","friend_remark":"{name} {mobile} 普工 意向观澜电子厂","msg_type":1,"is_send":0,"content":"{text}","create_time":"{date} {time}:08","msg":"工作手机微信消息已归档","time":"{date}T{time}:08.118Z","v":0}',
  loginLog: '{date} {time}:08,118 INFO 2817 [-/{ip}/-/42ms POST /api/v2/jobseeker/login] [controller.jobseeker.login] request body: {"account":"{account}","password":"{password}","loginType":"pwd","channel":"mp-weixin","inviteCode":"TJ0217"}',
  gpsLog: '{date} {time}:08.118 CST,"busgps","bus_gps",2817,"10.0.3.12:51234",65f2a8c1.b01,3,"INSERT",{date} {time}:00 CST,4/118273,0,LOG,00000,"execute S_3: INSERT INTO t_bus_track (route_no, term_imei, driver_mobile, gps_time, speed, geom) VALUES ($1, $2, $3, $4, $5, ST_SetSRID(ST_MakePoint($6, $7), 4326))","parameters: $1 = \'BC-07(龙华-观澜厂区)\', $2 = \'{imei}\', $3 = \'{mobile}\', $4 = \'{date} {time}:05\', $5 = \'38.5\', $6 = \'{lng}\', $7 = \'{lat}\'",,,,,,,,"PostgreSQL JDBC Driver","client backend",,0',
  serviceNote: '2026/03/14 12:31:08 sobot.go:118: [ticket] POST https://www.soboten.com/api/ws/5/ticket/save_user_ticket req={"companyid":"8f3e2d1c0b9a","ticket_title":"入职体检费重复收取","ticket_content":"3月2日在小程序支付入职体检费80元，到体检中心现场又被扫码收了80元，3月代发工资里还扣了一次体检费80元，要求退还多收的两笔共160元","user_name":"{name}","user_tels":"{mobile}","ticket_typeid":"tjfy","ticket_level":2,"ticket_from":"12","extend_fields":[{"fieldid":"id_card_no","field_value":"{id}"},{"fieldid":"client_site","field_value":"观澜厂区驻场"}]} resp={"ret_code":"000000","ret_msg":"操作成功","item":{"ticketid":"T2603140217"}}',
  proseName: '【驻场周报·观澜厂区】本周“金牌内推官”{name}带来5位老乡一起入职，按内推奖励政策，除现金奖励外另获{product}一份，欢迎大家向他学习！',
  hotlineNote: '【鑫聘人力】您3月工资已由合作银行代发到账，电子工资条请在“鑫聘员工”小程序-我的-工资条中查看；如对工资、社保或公积金代缴有疑问，请于7日内致电薪酬服务热线{hotline}。拒收请回复R',
  orderNote: '2026-03-14 12:31:08.118 INFO [http-nio-8080-exec-3] c.x.pay.HuifuNotifyController - 汇付斗拱异步通知 resp_data={"resp_code":"00000000","resp_desc":"交易成功","huifu_id":"6666000108273645","req_seq_id":"{orderNo}","req_date":"20260314","trans_type":"T_MINIAPP","trans_amt":"{price}.00","trans_stat":"S","goods_desc":"入职体检套餐(普工)","end_time":"20260314123106"} sign=***',
};

const HELDOUT43_TEXT: TextPhrasings = {
  hotelLog: '[{date} {time}:08] sql.INFO: [4.27] insert into `camp_team_lodging` (`camp_code`, `team_name`, `athlete_name`, `athlete_mobile`, `hotel_name`, `room_no`, `checkin_at`, `created_at`) values (\'YX2026-SW07\', \'宜昌市青少年游泳队(客队)\', \'{name}\', \'{mobile}\', \'{hotel}\', \'{room}\', \'{date} {time}:00\', \'{date} {time}:08\') [] []',
  chat: '{"Timestamp":"{date}T{time}:08.1182736+08:00","EventId":0,"LogLevel":"Information","Category":"Tyzx.CustomerService.WxKfSyncWorker","Message":"微信客服消息入库 open_kfid=wkT3aPDgAAqv0Zr8Jk2mQ7xYcN1bLfEw 客户={name} 绑定手机={mobile} msgtype=text","State":{"Message":"微信客服消息入库 open_kfid=wkT3aPDgAAqv0Zr8Jk2mQ7xYcN1bLfEw 客户={name} 绑定手机={mobile} msgtype=text","OpenKfId":"wkT3aPDgAAqv0Zr8Jk2mQ7xYcN1bLfEw","ExternalUserId":"wmT3aPDgAA8x2Kd9sLq0Vb7nRe4uYhZc","SendTime":"{date} {time}:06","Content":"{text}","Scene":"场馆预约咨询"}}',
  loginLog: '{date} {time}:08.118 DEBUG 2817 --- [nio-8443-exec-7] c.t.venue.auth.shiro.MemberRealm         : doGetAuthenticationInfo token=UsernamePasswordToken[username={account}, password={password}, rememberMe=false, host={ip}] client=场馆预约H5 gate=none',
  gpsLog: '[{date} {time}:08.118][INFO][onenet-push-3] c.t.camp.iot.OneNetPushController - OneNET数据推送 body={"msg":{"at":1773462668118,"type":1,"dev_id":1082736451,"imei":"{imei}","ds_id":"3336_0_5514","value":{"lat":{lat},"lon":{lng},"sim":"{mobile}","gpsTime":"{date} {time}:05","battery":76,"camp":"YX2026-SW07","wearer":"营员定位手环"}},"msg_signature":"q3Xk9m2VbL0pRt7yZcA1ew==","nonce":"Kf8d2LqZ"}',
  serviceNote: '{"instant":{"epochSecond":1773462668,"nanoOfSecond":118273000},"thread":"qiyu-ticket-2","level":"INFO","loggerName":"com.tyzx.cs.qiyu.QiyuTicketClient","message":"POST https://qiyukf.com/openapi/v2/ticket/create?appKey=8d2f4c1a7e9b&time=1773462668&checksum=*** body={\\"title\\":\\"私教课退费未到账+储值卡重复扣款\\",\\"userName\\":\\"{name}\\",\\"userMobile\\":\\"{mobile}\\",\\"content\\":\\"会员3月1日在奥体中心健身馆购买私教课程包24节（6480元），上了9节后私教离职，前台承诺剩余15节按课时单价270元退4050元至原储值卡，至今未到账；另3月10日游泳馆入馆闸机把单次票40元从储值卡重复扣了两次，要求一并退回。会员已在前台刷身份证核验本人\\",\\"customFields\\":[{\\"id\\":10281,\\"value\\":\\"{id}\\"},{\\"id\\":10282,\\"value\\":\\"奥体中心游泳馆\\"}],\\"priority\\":5,\\"templateId\\":30217} resp={\\"code\\":200,\\"message\\":\\"ok\\",\\"data\\":\\"4817263\\"}","endOfBatch":false,"loggerFqcn":"org.apache.logging.slf4j.Log4jLogger","threadId":73,"threadPriority":5}',
  proseName: '【市体育中心·周末泳讯】暑期青少年游泳训练营第二期顺利结营，营员{name}从不敢下水练到能连续游完200米自由泳，被评为“进步之星”，奖品{product}已由主教练当场颁发。',
  hotlineNote: 'venue.notice.swim=温馨提示：进入游泳馆须持本年度有效游泳健康证或在小程序上传体检报告，首次入馆请到前台刷身份证绑定储物柜手环；场馆预约、储值卡及私教退费咨询请拨{hotline}（每日8:30-21:30）',
  orderNote: '[14-Mar-2026 12:31:08 Asia/Shanghai] yeepay notify verified: {"merchantNo":"10089172634","parentMerchantNo":"10089172634","orderId":"{orderNo}","uniqueOrderNo":"1013202603140000017263541","status":"SUCCESS","orderAmount":"{price}.00","payAmount":"{price}.00","paySuccessDate":"2026-03-14 12:31:06","paymentProduct":"USER_SCAN","goodsName":"羽毛球馆 3号场 19:00-21:00"}',
};

const HELDOUT44_TEXT: TextPhrasings = {
  hotelLog: '{date} {time}:08.118 +08:00 [INF] [Hangfire.Server.Worker #3] Jobs.TravelHotelSyncJob: 巡回鉴定会协议酒店入住回传 {"GuestName":"{name}","GuestMobile":"{mobile}","HotelName":"{hotel}","RoomNo":"{room}","CheckInTime":"{date} {time}","Nights":2,"Purpose":"杭州站奢品巡回鉴定会(鉴定师驻场)","CostCenter":"JD-HZ-0312","Settle":"协议挂账"} Job #28173 succeeded in 412ms',
  chat: '{date} {time}:08.118 DEBUG 2817 --- [archive-pull-3] c.j.scrm.archive.MsgArchiveConsumer      : 会话存档入库 ArchivedMsg(msgId=1083276514098237_1773462668_external, action=send, from=wmq3eCDwAAJ7x9bYz0Kp2fLQ7uTg, fromName={name}, fromMobile={mobile}, toList=[HZ03-gujiashi-chen], roomId=null, msgTime={date} {time}:08, msgType=text, content={text}, storeCode=HZ03)',
  loginLog: '{date} {time}:08.118|3|statement|connection 17|url jdbc:mysql://10.0.8.21:3306/pawn_erp?useUnicode=true&characterEncoding=utf8|insert into sys_login_log (login_name, login_pwd, login_ip, client_type, login_result, login_time) values (?, ?, ?, ?, ?, ?)|insert into sys_login_log (login_name, login_pwd, login_ip, client_type, login_result, login_time) values (\'{account}\', \'{password}\', \'{ip}\', \'PC-典当柜台\', \'SUCCESS\', \'{date} {time}:08\');',
  gpsLog: '0|courier-track  | {date}T{time}:08.118+08:00 INFO [yingyan] POST /api/v3/track/addpoint form={"service_id":238172,"entity_name":"{imei}","latitude":{lat},"longitude":{lng},"loc_time":1773462665,"coord_type_input":"wgs84","speed":21.4,"direction":87,"courier_mobile":"{mobile}","pickup_no":"SMHS260314000217"} resp={"status":0,"message":"成功"}',
  serviceNote: '2026-03-14T04:31:08.118Z mingdao:api POST https://api.mingdao.com/v2/open/worksheet/addRow body={"appKey":"3F8A21C7D09B4E6A","sign":"NjRmZTA4YjM3ZGQ5","worksheetId":"shouhougongdan","triggerWorkflow":true,"controls":[{"controlId":"gdbt","value":"续当已付息仍被转绝当并售出"},{"controlId":"dhmc","value":"{name}"},{"controlId":"lxdh","value":"{mobile}"},{"controlId":"zjhm","value":"{id}"},{"controlId":"dph","value":"HZ03-2025-004817"},{"controlId":"wtms","value":"当户称当票到期前3天已在门店现金续当并缴清综合费及利息1860元，系统未登记续当，当物(LV Neverfull 中号老花)于到期后第6天被转绝当并在商城售出，要求恢复当物或按鉴定估值赔偿"}]} +412ms status=200 {"data":"a1c4e2d9-7b8e-4f90","success":true,"error_code":1}',
  proseName: '二奢店打工日记｜今天店里的鉴定师{name}给新同事上了一堂“老花怎么看”的课，从五金刻字讲到走线针距，课后还安利了他最近在用的{product}，说是鉴定师必备哈哈 #二奢 #奢侈品鉴定 #打工人日常',
  hotlineNote: '当户须知：一、本当票为典当合同，当户须凭当票及本人有效身份证件赎当、续当；二、当期届满后五日内既不赎当也不续当的，即为绝当；三、当票遗失须及时到原典当行办理挂失；四、当物估价金额及当金数额由双方协商确定。监督投诉电话：{hotline}',
  orderNote: '2026-03-14 12:31:08.118 [http-nio-8090-exec-7] INFO  c.j.mall.pay.FuiouNotifyController - 富友异步通知 req=<?xml version="1.0" encoding="GBK" standalone="yes"?><xml><result_code>000000</result_code><result_msg>SUCCESS</result_msg><ins_cd>08A9999999</ins_cd><mchnt_cd>0002900F0313432</mchnt_cd><term_id>88888888</term_id><mchnt_order_no>{orderNo}</mchnt_order_no><order_amt>{price}00</order_amt><settle_order_amt>{price}00</settle_order_amt><order_type>WECHAT</order_type><transaction_id>4200002175202603142817365001</transaction_id><txn_fin_ts>20260314123106</txn_fin_ts><reserved_goods_des>二手奢品鉴定服务费</reserved_goods_des></xml> verify=true',
};

const HELDOUT45_TEXT: TextPhrasings = {
  hotelLog: '{"@timestamp":"{date}T{time}:08.118+08:00","@version":"1","message":"赛事酒店入住回传 rooming list 已确认，房费由主办方统一挂账","logger_name":"com.xinglan.esports.lodging.RoomingListSyncJob","thread_name":"rooming-sync-3","level":"INFO","level_value":20000,"event_code":"XLB-2026-WH","team":"武汉赤焰","player_name":"{name}","player_phone":"{mobile}","checkin_at":"{date} {time}","hotel":"{hotel}","room_no":"{room}","room_type":"标准双床","nights":3,"pay_by":"主办方"}',
  chat: 'S217-幻境九区,2170384561,夜雨听风丶,{name},{mobile},世界频道,{date} {time}:08,"{text}",0,未命中,放行,AI初审',
  loginLog: '[:0000000b] [{date} {time}:08.118] [login] auth request fd=217 addr={ip}:52817 req={channel="official", password="{password}", platform="android", sdk_ver="3.2.1", server_id=217, username="{account}"}',
  gpsLog: '{"#type":"track","#event_name":"risk_lbs_report","#time":"{date} {time}:08.118","#account_id":"xl_217384561","#distinct_id":"a8f3c2e1-7d4b-4e90-b1c2-3d4e5f6a7b8c","properties":{"#lib":"Android","#lib_version":"2.8.3","#os":"Android","#device_model":"PGT-AN10","#app_version":"1.6.12","imei":"{imei}","bind_mobile":"{mobile}","#latitude":{lat},"#longitude":{lng},"coord_type":"gcj02","risk_level":"low","hit_rules":[]}}',
  serviceNote: '[2026-03-14T04:31:08.118Z] DEBUG zendesk-client POST https://xinglanhy.zendesk.com/api/v2/tickets.json body={"ticket":{"subject":"未成年人充值退款申请（监护人代办）","comment":{"body":"监护人反映孩子（13岁）寒假期间用家长手机登录《幻境战歌》，账号以家长身份实名，连续充值648元档位2次、328元档位1次共1624元，申请按未成年人退款流程全额退还。已上传监护人身份证正反面、户口本亲子关系页及微信支付账单截图。"},"requester":{"name":"{name}","phone":"{mobile}"},"custom_fields":[{"id":360021784512,"value":"{id}"},{"id":360021784532,"value":"minor_refund"}],"tags":["未成年退款","充值"],"priority":"high"}} -> 201 Created ticket_id=217384',
  proseName: '【星岚杯城市赛·武汉站】决赛中场的现场观众抽奖已经结束，一等奖由观众{name}抽中，奖品是{product}一份，请赛后凭门票副券到一楼服务台领取～',
  hotlineNote: 'L["LOGIN_HEALTH_TIPS"] = "抵制不良游戏，拒绝盗版游戏。注意自我保护，谨防受骗上当。适度游戏益脑，沉迷游戏伤身。合理安排时间，享受健康生活。家长监护工程咨询热线：{hotline}（工作日9:00-18:00）"',
  orderNote: '2026/03/14 12:31:08 notify.go:88: [mi] callback GET /pay/notify/xiaomi?appId=2882303761520217384&cpOrderId={orderNo}&cpUserInfo=S217&orderConsumeType=10&orderId=21738456101208&orderStatus=TRADE_SUCCESS&payFee={price}00&payTime=2026-03-14+12%3A31%3A05&productCode=com.xinglan.hjzg.gem_pack&productCount=1&productName=%E9%92%BB%E7%9F%B3%E7%A4%BC%E5%8C%85&signature=3f8a1c2d9e7b6a5f4e3d2c1b0a9f8e7d6c5b4a39 -> deliver ok',
};

const HELDOUT46_TEXT: TextPhrasings = {
  hotelLog: '{"time":1773462668.118,"host":"hotel-connect-02","source":"hotel_pickup_partner","sourcetype":"_json","index":"ride_ops","event":{"type":"GUEST_CHECKIN_PUSH","channel":"酒店接送合作渠道","hotel":"{hotel}","room":"{room}","guest_name":"{name}","guest_phone":"{mobile}","checkin_at":"{date} {time}","pickup_order":"HP20260314008172","service":"次日送机","flight":"MU5137","pickup_at":"次日06:40 酒店大堂"}}',
  chat: '{date} {time},118 INFO [im-audit-worker-3] moderation.yidun: text/check v5.2 req={\'dataId\': \'im_T20260314123008172_p\', \'content\': \'{text}\', \'dataType\': 1, \'nickname\': \'{name}\', \'phone\': \'{mobile}\', \'account\': \'p_20817263\', \'receiver\': \'d_10293847\', \'relateId\': \'T20260314123008172\', \'publishTime\': 1773462668118} suggestion=0(通过) label=100 cost=37ms',
  loginLog: '::ffff:{ip} - - [{date} {time}:08 +0800] "POST /passport/v2/login HTTP/1.1" 200 214 "-" "okhttp/4.9.3" 41.728 ms body={"account":"{account}","password":"{password}","loginType":"PWD","role":"passenger","deviceId":"a8f3c2e17d4b4e90"}',
  gpsLog: '[INFO] [{date} {time}:08.118] [track-ingest-akka.actor.default-dispatcher-7] [akka://track-ingest/system/sharding/vehicle/31/{imei}] persisted TrackPoint({imei},{mobile},{lat},{lng},{date}T{time}:05,37.5,212,IN_TRIP,T20260314123008172)',
  serviceNote: '2026-03-14 12:31:08.118  INFO 1 --- [sf-case-sync-2] c.r.cs.salesforce.CaseSyncClient : POST /services/data/v59.0/sobjects/Case/ body={"Subject":"接机单重复扣款+取消后退款未到账","Origin":"App-安全中心","Priority":"High","Type":"费用投诉","SuppliedName":"{name}","SuppliedPhone":"{mobile}","Passenger_ID_No__c":"{id}","Trip_Order_No__c":"T20260311074512839","Description":"乘客称3月11日浦东机场T2接机单(预估车费186元)航班延误后司机未等候即改派，重新派单后车费被扣了两次共372元；被取消的那一单提示1-3个工作日原路退回，至今未到账，要求退回多扣车费并核查司机未等候。已调取行程录音待复核"} -> 201 {"id":"5002w00001QxK7mAAF","success":true,"errors":[]}',
  proseName: '【安全中心·暖心故事】三月“平安好司机”{name}师傅在送机途中发现乘客遗落在后座的证件夹，主动折返机场送还，平台为他送上{product}一份以示感谢，也提醒各位乘客下车前别忘了随身物品。',
  hotlineNote: '  "tripRecording.tip": "为保障乘车安全，行程中将开启行程录音，录音加密存储，仅在发生安全事件或投诉时由安全中心调取；如对录音或行程有疑问，请拨打24小时安全热线{hotline}",',
  orderNote: '2026-03-14 12:31:08.118 INFO  [http-nio-8080-exec-3] c.r.pay.lianlian.LianlianNotifyController : 连连支付异步通知 {"oid_partner":"201811150002187364","dt_order":"20260314123106","no_order":"{orderNo}","oid_paybill":"2026031400817263","money_order":"{price}.00","result_pay":"SUCCESS","settle_date":"20260314","info_order":"网约车车费-快车","pay_type":"2","bank_code":"01030000","sign_type":"RSA","sign":"Tq3kX9m2VbL0pRt7yZcA1ewKf8d2LqZ="} 验签通过，订单已置为已支付',
};

const HELDOUT47_TEXT: TextPhrasings = {
  hotelLog: '{date} {time}:08.312 [default-nioEventLoopGroup-1-3] INFO  c.k.travel.CtripCorpHotelCallback - 商旅酒店入住回调 orderId=3217384561 orderStatus=CheckedIn corpId=kangyuan_dyf costCenter=质量管理部-执业药师继续教育 passenger={name}/{mobile} hotelName={hotel} roomNo={room} actualCheckIn={date} {time} nights=2 payType=公司月结 trip=2026年度执业药师继续教育集中面授(杭州)',
  chat: '{"resourceType":"Communication","id":"wz-20260314-0217384","status":"completed","category":[{"text":"在线问诊-药师咨询"}],"encounter":{"reference":"Encounter/WZ2603140217"},"sent":"{date}T{time}:08+08:00","sender":{"reference":"RelatedPerson/m-8821734","display":"{name}","identifier":{"system":"urn:kangyuan:member-mobile","value":"{mobile}"}},"recipient":[{"reference":"Practitioner/YS0217","display":"执业药师(工号YS0217)"}],"payload":[{"contentString":"{text}"}]}',
  loginLog: '[{date} {time}:08] [POS#03][门店0312 文三路店] 操作员登录 工号={account} 口令={password} 本机IP={ip} 班次=早班 医保读卡器=已连接(COM3) 钱箱=关闭 结果=登录成功',
  gpsLog: '{date} {time}:08.517  INFO 1 --- [container-0-C-1] c.k.o2o.rider.RiderLocationListener      : 收到骑手位置 GenericMessage [payload={"riderImei":"{imei}","riderMobile":"{mobile}","lat":{lat},"lng":{lng},"coordType":"gcj02","locTime":"{date} {time}:06","orderNo":"O2O2603140312000217","storeCode":"HZ0312","status":"DELIVERING"}, headers={kafka_offset=2817364, kafka_receivedTopic=o2o.rider.location, kafka_receivedPartitionId=3, contentType=application/json, id=5c2e1a7d-3f4b-9e80-2d1c-7a6b5e4f3d21, timestamp=1773462668517}]',
  serviceNote: '2026-03-14 12:31:08,118 INFO [kefu.wecom] POST https://qyapi.weixin.qq.com/cgi-bin/wedoc/smartsheet/add_records?access_token=*** body={"docid":"dcYb7k2P0xQmZ3vLrT9sN4aEw","sheet_id":"kS7x2Q","key_type":"CELL_VALUE_KEY_TYPE_FIELD_TITLE","records":[{"values":{"客诉类型":[{"text":"医保结算异常"}],"顾客姓名":[{"type":"text","text":"{name}"}],"联系电话":[{"type":"text","text":"{mobile}"}],"实名登记证件号":[{"type":"text","text":"{id}"}],"门店":[{"type":"text","text":"0312 文三路店"}],"问题描述":[{"type":"text","text":"顾客3月12日在门店购买处方药缬沙坦胶囊并刷医保卡结算，POS提示失败后重刷一次，医保个账被扣两笔共236.40元；该笔实名购药登记也被重复录入，顾客要求退还重复扣款并更正购药记录"}]}}]} -> {"errcode":0,"errmsg":"ok"}',
  proseName: '【药师说·第37期】春季过敏高发，本期请到文三路店的执业药师{name}，聊聊{product}怎么吃、能不能和感冒药一起吃，文末还有会员积分兑换福利，记得看到最后哦～',
  hotlineNote: '*** 药品属特殊商品，除质量问题外一经售出不予退换 *** 医保结算金额以医保中心记录为准，请妥善保管购物小票 ** 用药咨询/投诉电话：{hotline} ** 谢谢惠顾，祝您健康！',
  orderNote: '2026-03-14 12:31:08.118  INFO 1 --- [o2o-callback-4] c.k.o2o.mt.MeituanOrderPushHandler       : 美团闪购新订单推送 order_id={orderNo} wm_poi_name=康源大药房(文三路店) total={price} shipping_fee=0.0 is_pre_sale_order=0 detail=[{"app_food_code":"G10283746","food_name":"布洛芬缓释胶囊 0.3g*24粒","quantity":1,"price":{price}}] -> 已接单，已推送门店POS打印小票',
};

const HELDOUT48_TEXT: TextPhrasings = {
  hotelLog: '{date} {time}:08,118 INFO [relocation.ctrip_sync] 携程商旅酒店订单已确认 {\'orderId\': \'1128374650217\', \'clientName\': \'{name}\', \'mobilePhone\': \'{mobile}\', \'hotelName\': \'{hotel}\', \'roomNo\': \'{room}\', \'checkInTime\': \'{date} {time}\', \'nights\': 5, \'costCenter\': \'翠湖园三期-工程维修\', \'payType\': \'公司月结\', \'remark\': \'12栋1302卫生间防水层破损渗漏至1202，维修期间由物业承担1202业主安置住宿\'}',
  chat: '{date} {time}:08 INFO 物业管家助手 Message#Text[🗣Contact<12-1302 {name} {mobile}>@👥Room<翠湖园三期业主1群>] {text}',
  loginLog: '[{date} {time}:08,118] DEBUG in auth: huiju-app login form=ImmutableMultiDict([(\'username\', \'{account}\'), (\'password\', \'{password}\'), (\'community_id\', \'3102\'), (\'captcha\', \'k7x3\')]) remote_addr={ip} ua=okhttp/4.9.3',
  gpsLog: 'wuye/patrol/3102/up/{imei}/location {"msgId":"a3f1c20e","ts":"{date} {time}:08","guardPhone":"{mobile}","lat":{lat},"lon":{lng},"coord":"wgs84","checkpoint":"NFC-12栋东侧消防通道","route":"夜班B线","battery":76,"sos":0}',
  serviceNote: 'POST https://qyapi.weixin.qq.com/cgi-bin/oa/applyevent?access_token=*** {"creator_userid":"kf-chenli","template_id":"3WLJF6naF5kqJ8Fv2CqaYGMz4NqwGJ7Mh1WkSrUj","use_template_approver":1,"apply_data":{"contents":[{"control":"Text","id":"Text-1640339319582","value":{"text":"{name}"}},{"control":"Text","id":"Text-1640339335659","value":{"text":"{mobile}"}},{"control":"Text","id":"Text-1640339357012","value":{"text":"{id}"}},{"control":"Text","id":"Text-1640339371205","value":{"text":"7栋2601"}},{"control":"Textarea","id":"Textarea-1640339402237","value":{"text":"业主反映装修已于2月28日验收合格，5000元装修押金至今未退；另3月物业费1386.00元银行代扣与微信缴费各扣了一次，要求退回重复扣款并尽快退还押金"}}]},"summary_list":[{"summary_info":[{"text":"装修押金退还及物业费重复扣款","lang":"zh_CN"}]}]} -> {"errcode":0,"errmsg":"ok","sp_no":"202603140017"}',
  proseName: '【月度金牌管家】3月份金牌管家由8号楼楼栋管家{name}获得！本月走访业主42户、回访报修工单97单，满意度100%，公司奖励{product}一份，感谢各位业主的信任与点赞～',
  hotlineNote: '<ScreenSaver><enabled>true</enabled><idleTime>30</idleTime><ScrollText><text>欢迎回家！访客请在门岗登记或由业主在慧居APP生成访客码通行，忘带门禁卡可刷脸进入。物业服务中心24小时热线：{hotline}</text><speed>2</speed></ScrollText></ScreenSaver>',
  orderNote: '2026-03-14 12:31:08.118 INFO [http-nio-8080-exec-4] c.h.wy.pay.CcbNotifyServlet - 建行龙支付回调 POSID=002178342&BRANCHID=440000000&ORDERID={orderNo}&PAYMENT={price}.00&CURCODE=01&REMARK1=WYF202603&REMARK2=CHY3Q&ACC_TYPE=12&SUCCESS=Y&TYPE=1&REFERER=&CLIENTIP=&SIGN=5f3a8c1e9b2d47a06c1e8f3b2a9d7c4e 验签通过，物业费账单已核销',
};

const HELDOUT49_TEXT: TextPhrasings = {
  hotelLog: 'INFO ts={date}T{time}:08.118+08:00 caller=biz/lodging.go:117 service.id=ops-lodging-6c9f7d service.name=qingqi.ops.lodging service.version=v1.14.2 trace.id=7f3a2c1e9d8b4a60c2e1 span.id=9d8b4a60c2e17f3a msg=驻场住宿入住确认 staff_name={name} staff_mobile={mobile} hotel={hotel} room_no={room} checkin_at="{date} {time}" city=成都 project="开城驻场-电单车首批投放3000辆" nights=7 settle=公司协议价月结',
  chat: 'IM2603140217384\t{date} {time}:08\tU1028374612\t{name}\t{mobile}\tUSER\tTEXT\t{text}\tR2026031412083317\t在线客服-骑行费用\t已读',
  loginLog: '{date} {time}:08.118 DEBUG 1 --- [nio-8080-exec-7] o.s.w.f.CommonsRequestLoggingFilter      : After request [POST /ops-api/v1/auth/login, client={ip}, headers=[user-agent:"okhttp/4.10.0", content-type:"application/json;charset=UTF-8"], payload={"username":"{account}","password":"{password}","appType":"YW_ANDROID","appVer":"5.3.2","role":"换电专员","stationId":"CD-WH-017"}]',
  gpsLog: '{date} {time}:08.642 [amqp-iot-consumer-2] INFO  c.q.iot.amqp.LockEventListener - topic=/a1Bk7xLp9Qz/{imei}/thing/event/lockClose/post messageId=1769834725180172800 content={"iotId":"Xq7kLp2Zc9Rt4Wm0a1Bk000100","productKey":"a1Bk7xLp9Qz","deviceName":"{imei}","identifier":"lockClose","type":"info","value":{"lat":{lat},"lon":{lng},"coord":"WGS84","gpsTime":"{date} {time}:05","satellites":11,"batteryPct":63,"inParkingSpot":true,"orderNo":"R2026031412083317","riderMobile":"{mobile}"}}',
  serviceNote: '2026-03-14 12:31:08.118 INFO [udesk-sync-1] c.q.cs.udesk.TicketClient - POST https://qingqi.udesk.cn/open_api_v1/tickets?email=api@qingqi-mobility.com&timestamp=1773462668&sign=*** body={"ticket":{"subject":"押金退款超时+调度费重复扣款","content":"用户2月20日在APP申请退还99元押金，页面提示7个工作日内原路退回，至今未到账；3月12日骑行订单R2026031218274502在春熙路地铁站B口停车点内关锁，仍被收取调度费20元，且该行程车费与调度费均扣了两次，要求退回押金及重复扣款并核查关锁定位","type":"cellphone","type_content":"{mobile}","priority":"紧急","template_id":2173,"custom_fields":{"TextField_21731":"{name}","TextField_21732":"{id}","SelectField_2174":["押金/退款"]}}} -> {"code":1000,"ticket_id":873461}',
  proseName: '【运维之星】3月锦江片区“换电之星”由换电专员{name}获得！本月累计换电1286块、巡检故障车213辆、挪车入栏近900辆，公司奖励{product}一份，感谢每一位在路上的运维伙伴～',
  hotlineNote: 'lock.tts.prompt.out_of_area=您已驶出运营区域，车辆将在5分钟后断电，请尽快返回运营区内还车，否则将收取调度费，如有疑问请致电客服热线{hotline}',
  orderNote: '2026/03/14 12:31:08 unionpay_notify.go:64: [acp] backNotify accessType=0&bizType=000201&currencyCode=156&encoding=UTF-8&merId=898510148160217&orderId={orderNo}&queryId=782603141231081738462&respCode=00&respMsg=success&settleAmt={price}00&settleCurrencyCode=156&settleDate=0314&signMethod=01&traceNo=317384&txnAmt={price}00&txnSubType=01&txnTime=20260314123105&txnType=01&version=5.1.0 verify=ok -> 骑行卡月卡已发放',
};

const HELDOUT50_TEXT: TextPhrasings = {
  hotelLog: '{date} {time}:08.118 DEBUG [remote-reception-job-2] c.y.his.reception.LvyunPmsClient - <<< 200 OK /pms/api/checkin/query <Response><Code>0</Code><Msg>success</Msg><Guest><GuestName>{name}</GuestName><Mobile>{mobile}</Mobile><HotelName>{hotel}</HotelName><RoomNo>{room}</RoomNo><ArrTime>{date} {time}</ArrTime><Nights>3</Nights><RateCode>YKHZ-XY</RateCode><Remark>异地种植患者 二期手术 院方协议价 含早</Remark></Guest></Response>',
  chat: '{date} {time}:08.118000000 +0800 scrm.wxwork.msgaudit: {"msgid":"11788441727514772650_1773462668","action":"send","from":"wmKq3xDwAA1bXc9_Zy2Fh8pQ","tolist":["KQ03-zhaoyun"],"roomid":"","msgtime":1773462668118,"msgtype":"text","text":{"content":"{text}"},"customer_name":"{name}","customer_mobile":"{mobile}","tags":["隐形矫正-在戴","复诊待约"]}',
  loginLog: 'RPC:Completed,"exec dbo.usp_His_UserLogin @YHDM=N\'{account}\',@YHKL=N\'{password}\',@ZDIP=N\'{ip}\',@YQDM=N\'KQ03\',@CLIENT_VER=N\'5.2.17\'",HisClient.exe,his_app,WIN-KQ03-QT01,63,0,16,{date} {time}:08.117,{date} {time}:08.133',
  gpsLog: '117.136.40.18 - - [{date}T{time}:08+08:00] "GET /gps/osmand/?id={imei}&sim={mobile}&lat={lat}&lon={lng}&timestamp={date}%20{time}:05&speed=32.5&bearing=118&altitude=41&batt=87&vehicle=YK-SCV-02 HTTP/1.1" 200 2 "-" "Dalvik/2.1.0 (Linux; U; Android 9; MT6762 Build/PPR1.180610.011)"',
  serviceNote: '2026-03-14 12:31:08.118 INFO [crm-sync-3] c.y.crm.FxiaokeClient : POST https://open.fxiaoke.com/cgi/crm/custom/v2/data/create body={"corpAccessToken":"***","corpId":"FSCID_8A3C21","currentOpenUserId":"FSUID_KQ0317","data":{"object_data":{"dataObjectApiName":"object_complaint__c","name":"储值卡重复扣款+正畸分期结清后仍代扣","field_patient_name__c":"{name}","field_patient_mobile__c":"{mobile}","field_id_no__c":"{id}","field_clinic__c":"滨江院区","field_desc__c":"患者反映3月10日洁牙加补牙共680元，前台刷储值卡提示失败后又刷了一次，卡内余额少了1360元；另隐形矫正分期已于2月提前结清，3月5日合作机构仍从其银行卡代扣当期1150元，要求退回重复扣款并出具结清证明"}}} -> {"errorCode":0,"errorMessage":"OK","dataId":"65f2a8c1e4b0d7"}',
  proseName: '【全国爱眼日·护眼小课堂】本周六的亲子护眼讲座圆满结束，现场有奖问答一等奖由小朋友{name}获得，奖品为{product}一份，没来得及领奖的家长可凭预约码到视光中心前台领取～',
  hotlineNote: '<TfrxMemoView Name="memFooter" Left="0" Top="812.6" Width="718.1" Height="34" Font.Name="宋体" Font.Height="-11" HAlign="haCenter" Text="本凭证为诊疗收费凭据，请妥善保管；储值卡消费不另开发票，分期业务以合作机构合同为准。服务监督热线：{hotline}（8:30-20:30）"/>',
  orderNote: '{"time":"2026-03-14T12:31:08.118+08:00","level":"INFO","source":{"function":"main.(*notifyHandler).lakala","file":"/app/pay/notify.go","line":142},"msg":"拉卡拉支付结果通知","merchant_no":"822290059430BF9","out_trade_no":"{orderNo}","trade_no":"2026031466200100008271","trade_state":"SUCCESS","total_amount":"{price}00","account_type":"WECHAT","trade_time":"20260314123106","remark":"储值卡充值","verify":"ok"}',
};

const HELDOUT51_TEXT: TextPhrasings = {
  hotelLog: 'QU CTUHTLU .PEKOWLU 141231 HOTAC ROOMING CONF LU8633/14MAR CTU LAYOVER 26H05M CREW {name} CP1 STAFF LU02173 MOB {mobile} HTL {hotel} RM {room} CHKIN {date} {time} PICKUP 15MAR 0620L HTL SHUTTLE REF HT2603140217',
  chat: '{date} {time}:08.118 DEBUG 1 --- [clientInboundChannel-7] o.s.m.s.b.SimpleBrokerMessageHandler     : Processing MESSAGE destination=/topic/kefu.K2603140217 session=null payload={"msgType":"TEXT","channel":"APP_KEFU","fromNick":"{name}","fromMobile":"{mobile}","pnr":"NF8K2Q","content":"{text}","clientTs":"{date} {time}:06"}',
  loginLog: '{date} {time}:08,118 [12] INFO  Kiosk.Checkin.FfpIdentifyStep [PEK-T3-K17] 常旅客卡号登录 member={account} pwd={password} kioskIp={ip} app=CUSS-1.4 airline=LU result=AUTH_OK cost=312ms',
  gpsLog: '{date} {time}:08.311 gse-track INFO flespi/message/gw/channels/1172/+ {"ident":"{imei}","device.name":"行李牵引车-PEK-T3-017","driver.phone":"{mobile}","position.latitude":{lat},"position.longitude":{lng},"position.speed":12,"position.direction":214,"position.satellites":14,"position.valid":true,"engine.ignition.status":true,"timestamp":1773462668.0,"server.timestamp":1773462668.311}',
  serviceNote: '2026-03-14 12:31:08.118 INFO [caac-complaint-sync] POST https://luyuair.service-now.com/api/now/table/x_luair_complaint body={"short_description":"航班延误补偿未到账、托运行李破损","u_source":"民航局消费者事务中心转办","u_caac_ref":"MH20260314021738","u_passenger_name":"{name}","u_contact_mobile":"{mobile}","u_id_number":"{id}","u_ticket_no":"859-2173845610","u_flight":"LU8633/10MAR","description":"旅客称3月10日LU8633成都-北京航班延误4小时以上，值机柜台答复的400元延误补偿至今未到账；到达后托运行李箱拉杆断裂，已在首都机场T3行李查询室登记PIR（PEKLU21738），要求补偿并维修或赔偿行李箱","urgency":"2","assignment_group":"客户关系-投诉处理"} -> 201 {"result":{"number":"CMP0021738","sys_id":"9d3f1c2a1b7e4e10a2c3d4e5f6a7b8c9"}}',
  proseName: '【鹭羽人·暖心瞬间】3月12日LU8633航班落地后，乘务长{name}在清舱时发现旅客遗落在行李架上的{product}，立即联系地服在到达口交还失主，旅客专程致电客服中心表扬了整个机组。',
  hotlineNote: 'DESCRIPTION:鹭羽航空 LU8633 成都天府T1 08:35 — 北京首都T3 11:20\\n请于起飞前45分钟到达登机口，登机口于起飞前15分钟关闭\\n航班动态、退改签及延误补偿请致电{hotline}或登录鹭羽航空App',
  orderNote: '2026-03-14 12:31:08.118 INFO [http-nio-8443-exec-9] c.l.pay.bill99.Bill99NotifyController : 快钱支付结果通知 merchantAcctId=1002173845601&version=v2.0&language=1&signType=4&payType=10&bankId=ICBC&orderId={orderNo}&orderTime=20260314122955&orderAmount={price}00&dealId=2173845610&bankDealId=260314001728&dealTime=20260314123106&payAmount={price}00&fee=0&ext1=EMD-ASVC&ext2=%E4%BB%98%E8%B4%B9%E9%80%89%E5%BA%A7&payResult=10&errCode=&signMsg=Xk3pQ7vR2mL9tB4c%3D 验签成功，付费选座EMD已出票',
};

const HELDOUT52_TEXT: TextPhrasings = {
  hotelLog: '{date} {time}:08.118 [DefaultDispatcher-worker-3] INFO  c.c.voucher.HotelVoucherService - 异地购车住宿券核销 voucherNo=HV2603140217 buyerName={name} buyerMobile={mobile} hotel={hotel} roomNo={room} checkIn={date}T{time}:00 nights=1 listingId=CY88273415 vin=LSVNV2182N2103417 store=成都西部二手车交易中心B区 subsidy=280.00 status=CHECKED_IN',
  chat: 'I, [{date}T{time}:08.118273 #2173]  INFO -- : [7f3a2c1e-9d8b-4a60-b2e1-0c9d8b4a6017] Parameters: {"corp_id"=>"ww8a3c21f0", "event"=>"msg_archive", "msg"=>{"from_name"=>"{name}", "from_mobile"=>"{mobile}", "to_staff"=>"展厅销售-K17", "msgtype"=>"text", "content"=>"{text}", "send_time"=>"{date} {time}:06", "listing_id"=>"CY88273415"}}',
  loginLog: '{"time":"{date}T{time}:08.118+08:00","id":"c7a1e2f3","remote_ip":"{ip}","host":"dealer.chexinjia.com","method":"POST","uri":"/api/v3/dealer/login","user_agent":"Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/122.0.0.0","status":200,"error":"","latency_human":"41.2ms","bytes_in":96,"bytes_out":312,"request_body":"{\\"username\\":\\"{account}\\",\\"password\\":\\"{password}\\",\\"dealerCode\\":\\"CD-D0217\\",\\"captcha\\":\\"8k3x\\"}"}',
  gpsLog: '{date} {time}:08.642 INFO  [vert.x-eventloop-thread-2] c.c.gps.gt06.Gt06FrameHandler - 0x22 定位包 imei={imei} sim={mobile} lat={lat} lng={lng} gpsTime={date} {time}:03 speed=0km/h course=126 sats=9 acc=0 power=外接 loanNo=CD2026031402173 install=主驾仪表台下方(有线) fence=IN',
  serviceNote: '2026-03-14 12:31:08,118 INFO [ticket-sync] POST https://chexinjia.freshdesk.com/api/v2/tickets {"subject":"过户费重复扣款+担保车款超时未放款","description":"买家反映3月10日通过平台担保交易购买的2019款大众朗逸（VIN LSVNV2182K2103417）已于3月12日在车管所完成过户，但平台过户服务费1200元被扣了两次，托管的8.6万元车款至今未放款给卖家，卖家一直催促，要求退回重复扣款并尽快放款","name":"{name}","phone":"{mobile}","priority":3,"status":2,"source":3,"custom_fields":{"cf_id_no":"{id}","cf_escrow_order":"DB2026031012873","cf_store":"成都西部交易中心B区"}} -> 201 {"id":21738}',
  proseName: '【检测师说车】本期由认证检测师{name}带大家看一台2018年上牌的丰田凯美瑞：无重大事故、无泡水火烧，漆面仅右后叶子板有补漆，公里数与4S保养记录一致。评论区留言抽3位粉丝送{product}，下周一公布中奖名单。',
  hotlineNote: '第 3 页 / 共 12 页    本报告依据GB/T 30323-2013《二手车鉴定评估技术规范》出具，仅反映检测当日车况；报告真伪查询及检测异议申诉请致电{hotline}（9:00-21:00）',
  orderNote: '[2026-03-14 12:31:08.118] [INFO] [escrow-notify-4] 平安银行见证宝回调 TxnCode=KFEJZB6110 CnsmrSeqNo=PAB2603141231081738 FundSummaryAcctNo=15000101872173 SubAcctNo=8888810217384 TranNetMemberCode=DB-SELLER-02173 OrderNo={orderNo} TranAmt={price}.00 Ccy=RMB TranDate=20260314 Remark=过户服务费 ResultCode=000000 -> 订单已入账',
};

const HELDOUT53_TEXT: TextPhrasings = {
  hotelLog: '{date} {time}:08.118 request_id=FxR3k9Qp2LmA7vB1 [info] YueziWeb.StayController.family_checkin/2 陪住家属入住登记成功 family_name="{name}" family_mobile="{mobile}" hotel="{hotel}" room="{room}" checkin_at="{date} {time}" mother_suite="A-0817" package="28天尊享套餐" upload_status=:pending',
  chat: '[{date} {time}:08] [INFO] kfsync.go:142: kf/sync_msg next_cursor=4gw7MepFLfgF2VC5npN msg={"msgid":"from_msg_9d3f1c2a1b7e4e10","open_kfid":"wkAJ2GCAAASSm4_FhToWMFea0xAFfd3Q","external_userid":"wmAJ2GCAAAme1XQRC-NI-q2fcOjnyC-A","send_time":"{date} {time}:06","origin":3,"msgtype":"text","text":{"content":"{text}"}} crm_match={"customer":"{name}","mobile":"{mobile}","stage":"孕32周","advisor":"顾问-小鹿"}',
  loginLog: '[{date} {time}:08.118] [TfrmPosLogin.btnLoginClick] 收银员登录 门店=SH003-静安店 款台=02 工号={account} 密码={password} 本机IP={ip} 版本=V5.3.2 班次=早班 结果=成功',
  gpsLog: '{"name":"band-gateway","hostname":"iot-gw-2","pid":1874,"level":30,"imei":"{imei}","cmd":"IWAP01","staffMobile":"{mobile}","task":"上门催乳-HV260314017","lat":{lat},"lng":{lng},"battery":86,"msg":"bracelet location parsed","time":"{date}T{time}:08.118+08:00","v":0}',
  serviceNote: '2026-03-14 12:31:08.118 INFO [crm-sync] neocrm POST /rest/data/v2.0/xobjects/case {"data":{"entityType":1002173845,"caseName":"储值卡重复扣款及月子套餐定金未退","customItem12__c":"{name}","customItem13__c":"{mobile}","customItem14__c":"{id}","customItem15__c":"静安馆","comment":"客户称3月8日在静安馆POS消费时储值卡被扣款两次（各1280元），另3月1日取消的28天套餐定金5000元至今未退回，要求核实并原路退款","priority":2}} -> 200 {"code":"200","data":{"id":3173845610}}',
  proseName: '【3·8女神节会员日】恭喜宝妈{name}抽中{product}一份，请于3月20日前携会员卡到门店服务台领取～',
  hotlineNote: '<Line align="center" font="B">会员服务热线：{hotline}  凭小票7日内可退换（奶粉、贴身用品除外）</Line>',
  orderNote: '2026-03-14 12:31:08.118 [eventLoopGroupProxy-4-2] INFO  c.y.pay.HuifuNotifyRoute - 汇付斗拱异步通知 resp_code=00000000 resp_data={"req_date":"20260314","req_seq_id":"{orderNo}","hf_seq_id":"002900TOP1A260314123106P391ac139c900000","huifu_id":"6666000123456789","trans_type":"A_NATIVE","trans_amt":"{price}.00","trans_stat":"S","end_time":"20260314123106","remark":"门店POS-纸尿裤整箱"} 验签通过',
};

const HELDOUT54_TEXT: TextPhrasings = {
  hotelLog: '{date} {time}:08.118 request_id=F7kQ2xLp9RtBm3cA case_no=(2026)京0105民初17384号 [info] 出庭差旅入住回传 lawyer={name} mobile={mobile} hotel={hotel} room={room} checkin_at="{date} {time}" court=北京市朝阳区人民法院 hearing="2026-03-16 09:00 第十二法庭" nights=2 cap=450/晚 settle=律所月结',
  chat: '{date} {time}:08.118 consult-gw im/relay.go:142: [DEBUG] relay &model.ConsultMessage{MsgID:"M2603140217384", OrderNo:"ZX2026031402173", Channel:"图文咨询", CaseType:"民间借贷纠纷", From:model.ConsultUser{Nick:"{name}", Mobile:"{mobile}", Role:"client"}, ToLawyerID:"LS0217", Content:"{text}", SentAt:"{date} {time}:06", Archived:true}',
  loginLog: 'I, [{date}T{time}:08.118817 #2173]  INFO -- : [c7f1e93a-5b2d-4e80-9a1c-3f7b2e6d8c41] [{ip}]   Parameters: {"authenticity_token"=>"[FILTERED]", "user"=>{"login"=>"{account}", "password"=>"{password}", "otp_attempt"=>"", "remember_me"=>"1"}, "firm_code"=>"LS-BJ-0217", "commit"=>"登录"}',
  gpsLog: '{date}T{time}:08+0800 owntracks/waifang/{imei} {"_type":"location","tid":"WF","lat":{lat},"lon":{lng},"acc":12,"alt":38,"batt":64,"bs":1,"conn":"m","vel":0,"m":1,"tst":1773462668,"topic":"owntracks/waifang/{imei}","phone":"{mobile}","task":"外访-WF2603140217","caseType":"民间借贷-非诉清收"}',
  serviceNote: '2026-03-14 12:31:08.118 INFO [yida-sync-2] c.f.cs.YidaFormClient : POST https://api.dingtalk.com/v1.0/yida/forms/instances body={"appType":"APP_K7X2QF9LP3RTBM","systemToken":"***","userId":"kf0217","language":"zh_CN","formUuid":"FORM-8K766D91R2Q3HZ1L7XQ2","formDataJson":"{\\"textField_lk2a91x0\\":\\"{name}\\",\\"textField_lk2a91x1\\":\\"{mobile}\\",\\"textField_lk2a91x2\\":\\"{id}\\",\\"selectField_lk2a91x3\\":\\"律师费退款\\",\\"textareaField_lk2a91x4\\":\\"委托人3月2日在平台下单离婚纠纷诉讼代理，律师费12000元分期首付4000元被扣了两次；3月6日双方协商解除委托，律所同意退还未履行部分8000元，至今未到账，要求退回重复扣款及约定退费\\"}"} -> {"result":"FINST-9Q866D91R2Q3HZ1LA7X","success":true}',
  proseName: '【以案说法·直播预告】本周四晚8点，合作律所的{name}律师做客平台直播间，聊聊“借钱不还、借条丢了怎么办”，直播间抽5位观众送出{product}，提问被选中的还可获赠一次免费图文咨询。',
  hotlineNote: '<action application="speak" data="tts_commandline|zh-CN|您好，您已接通律师咨询专线，为保障双方权益本次通话将全程录音。挂机后可拨打服务监督热线{hotline}对本次咨询进行评价"/>',
  orderNote: '[2026-03-14 12:31:08.118] [INFO] [lianlian-notify-3] 连连支付异步通知 {"oid_partner":"201603140021738","sign_type":"RSA","sign":"Kx9pQ2rT7vLm3B4cZ8nW1sYd6Fh0JgUe5aRb","dt_order":"20260314122955","no_order":"{orderNo}","oid_paybill":"2026031412310817384","money_order":"{price}.00","result_pay":"SUCCESS","settle_date":"20260314","info_order":"律师费-民间借贷纠纷诉讼代理(一审)","pay_type":"D","bank_code":"03080000"} 验签通过，案件已转入律所待分配 -> {"ret_code":"0000","ret_msg":"交易成功"}',
};

const HELDOUT55_TEXT: TextPhrasings = {
  hotelLog: '{"asctime": "{date} {time}:08,118", "name": "qiangxiu.anzhi", "levelname": "INFO", "message": "停气抢修临时安置入住登记", "event_no": "QX20260314-0217", "household": "{name}", "contact_mobile": "{mobile}", "hotel": "{hotel}", "room_no": "{room}", "checkin_at": "{date} {time}", "huhao": "3101217384", "building": "锦苑小区12栋(立管泄漏停气)", "nights": 2, "paid_by": "公司承担"}',
  chat: '[{date}T{time}:08Z INFO  gas_wx::kf::msgrecord] getmsglist item={"worker":"kf2003@gh_7a1c9e2f0b3d","openid":"oQx3s5Lk9dR2vT7mB1cN4pZ8wY6a","opercode":2002,"text":"{text}","time":1773462668} bind={"huhao":"3101217384","hm":"{name}","sjh":"{mobile}","yyt":"徐汇营业厅"}',
  loginLog: "{date} {time}:08 [w_login.cb_ok::clicked] ls_oper_no='{account}' ls_oper_pwd='{password}' ls_client_ip='{ip}' SELECT count(*) INTO :ll_cnt FROM sf_czy WHERE oper_no = :ls_oper_no AND oper_pwd = :ls_oper_pwd AND zt = '1'; SQLCA.SQLCode=0 ll_cnt=1 营业厅=徐汇营业厅 窗口=03 版本=营收系统V6.2.1.0 -> 登录成功",
  gpsLog: '{date} {time}:08.118 INFO [aj-track-sync] POST https://gis.scgas.com.cn/arcgis/rest/services/AJ/AJ_TRACK/FeatureServer/0/addFeatures f=json&rollbackOnFailure=true&features=[{"geometry":{"x":{lng},"y":{lat},"spatialReference":{"wkid":4326}},"attributes":{"PDA_IMEI":"{imei}","AJY_SJH":"{mobile}","AJY_GH":"AJ0217","RWDH":"AJ2026031400173","DWSJ":"{date} {time}:03","JD_M":8}}] -> {"addResults":[{"objectId":1738451,"globalId":null,"success":true}]}',
  serviceNote: '2026-03-14 12:31:08.118 INFO [oa-push-2] c.s.cs.EcologyClient - POST http://oa.scgas.com.cn/api/workflow/paService/doCreateRequest workflowId=217 requestName=用户投诉-IC卡购气未到表及代扣重复扣费 mainData=[{"fieldName":"yhxm","fieldValue":"{name}"},{"fieldName":"lxdh","fieldValue":"{mobile}"},{"fieldName":"sfzh","fieldValue":"{id}"},{"fieldName":"hh","fieldValue":"3101217384"},{"fieldName":"tsnr","fieldValue":"用户3月10日在掌上营业厅购气200元（约66方），到营业厅读卡写卡提示“无待写气量”，表内未到账；另3月5日银行已代扣2月气费186.40元，3月8日同一笔又代扣一次，要求补写气量并退还重复扣款"}] -> {"code":"SUCCESS","data":{"requestid":"873251"}}',
  proseName: '【燃气小课堂】本月“最美安检员”{name}师傅入户时发现一位独居老人家中灶前胶管老化龟裂，当场关阀并更换为金属波纹管，老人执意要送一个{product}表示感谢被婉拒。入户安检不收取任何费用，请认准工作证。',
  hotlineNote: '^XA^CI28^FO40,30^A@N,36,36,E:SIMSUN.TTF^FD闻到燃气味 严禁开关电器^FS^FO40,80^A@N,26,26,E:SIMSUN.TTF^FD请关闭表前阀、开窗通风，到户外拨打24小时抢修热线{hotline}^FS^FO40,120^BQN,2,4^FDQA,https://wx.scgas.com.cn/bx^FS^XZ',
  orderNote: 'DKHP_CCB_20260314_01.txt:173:D|{orderNo}|燃气费|202602|{price}.00|CNY|20260314|0000|扣款成功|PCH20260314DK001',
};

const HELDOUT56_TEXT: TextPhrasings = {
  hotelLog: '{"@timestamp":"{date}T{time}:08.118+08:00","caller":"logic/dormcheckinlogic.go:61","content":"员工外住登记成功 staff={name} mobile={mobile} store=HZ0217-滨江店 post=包厢服务员 hotel={hotel} room={room} checkin={date} {time} reason=宿舍满员临时外住 nights=7 approver=店长-周","level":"info","span":"3b1f2e6a9c0d7e41","trace":"8f2c6a1d4e7b90a35c1f2e6a9c0d7e41"}',
  chat: '{date} {time}:08 pid:21738 [GatewayWorker] onMessage client_id=7f00000108fc00000217 group=HZ0217_V08 {"type":"danmu","from":{"nick":"{name}","mobile":"{mobile}","openid":"oX3kP5dQ2_hL8sR0vTf7mN1bYz9A"},"content":"{text}","song":"后来-刘若英","ts":"{date} {time}:06","audit":"pass"}',
  loginLog: '{date} {time}:08 | 200 |   38.417ms |    {ip} | POST    | /api/v1/backoffice/login | {"operatorNo":"{account}","password":"{password}","storeCode":"HZ0217","terminal":"POS-02","shift":"夜场"} | -',
  gpsLog: '[{date} {time}:08.118 +0800] INFO (daijia-hook/2173): 代驾司机位置回传 {"orderId":"DJ2603140217384","store":"HZ0217-滨江店","room":"V08","driverImei":"{imei}","driverPhone":"{mobile}","lat":{lat},"lng":{lng},"coordType":"gcj02","speed":0,"status":"等待客人上车"}',
  serviceNote: '2026-03-14 12:31:08.118 INFO [complaint-sync-2] POST https://api.qingflow.com/app/a8f3c21e/apply {"answers":[{"queId":17384201,"values":[{"value":"{name}"}]},{"queId":17384202,"values":[{"value":"{mobile}"}]},{"queId":17384203,"values":[{"value":"{id}"}]},{"queId":17384204,"values":[{"value":"滨江店"}]},{"queId":17384205,"values":[{"value":"顾客反映3月13日晚在滨江店V08中包消费，结账时储值卡被扣款两次（各1688元），另小程序预订的3月14日大包定金200元取消后一直未退回，要求核实后原路退款"}]}]} -> {"errCode":0,"errMsg":"","result":{"requestId":"b7e2c1d0-3f4a-4c61-9e20-5d8a17384201"}}',
  proseName: '【K歌周榜】本周“麦霸挑战赛”冠军是会员{name}，一首《海阔天空》拿下98.6分，奖品{product}已由店长现场颁发；下周挑战曲目《光年之外》，欢迎到店PK！',
  hotlineNote: 'Dialogue: 0,0:00:00.00,0:00:10.00,Notice,,0,0,0,,{\\fad(300,300)}温馨提示：包厢内禁止吸烟，酒后请勿驾车，前台可代叫代驾；消费争议请拨打服务监督电话{hotline}',
  orderNote: '26-03-14 12:31:08 ktv-pos-03 INFO [ktv.pos.meituan-verify:88] - 美团团购券核销成功 {:receipt-code "0217384561", :order-id "{orderNo}", :deal-title "欢唱3小时中包+啤酒12支", :deal-price {price}.0, :store "HZ0217", :result :ok}',
};

const HELDOUT57_TEXT: TextPhrasings = {
  hotelLog: '{date}T{time}:08.118Z pid=2173 tid=1x7k class=VisaTripHotelCheckinJob jid=9f3c2a1e7b4d6e80a1c2d3e4 INFO: 面签行程入住回传 applicant={name} mobile={mobile} hotel={hotel} room={room} checkin="{date} {time}" consulate=美国驻上海总领事馆 interview="2026-03-16 08:30" visa=F-1 case=LQ-US-2603-0217 nights=2 psb_upload=queued',
  chat: '{"@odata.etag":"W/\\"CQAAABYAAAB3k2Lq9RtB\\"","id":"AAMkAGI2TG93AAA2Lq9RtBm3cA=","receivedDateTime":"{date}T{time}:06Z","subject":"RE: 英国学生签证材料清单（CAS已发）","bodyPreview":"{text}\\r\\n\\r\\n学生家长 {name}\\r\\n电话：{mobile}","importance":"normal","conversationId":"AAQkAGI2TG93Lq9RtBm3cA","isRead":false,"hasAttachments":true,"from":{"emailAddress":{"name":"{name}","address":"lq_parent0217@163.com"}},"toRecipients":[{"emailAddress":{"name":"签证文案部-上海","address":"visa.sh@lanqiao-edu.com"}}]}',
  loginLog: '{"timestamp":"{date}T{time}:08.118273+0800","flow_id":1732184561027384,"in_iface":"ens192","event_type":"http","src_ip":"{ip}","src_port":52817,"dest_ip":"10.20.1.17","dest_port":80,"proto":"TCP","tx_id":0,"http":{"hostname":"crm.lanqiao-edu.com","url":"/index.php?m=user&a=login","http_user_agent":"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/122.0.0.0 Safari/537.36","http_content_type":"application/x-www-form-urlencoded","http_method":"POST","protocol":"HTTP/1.1","status":302,"redirect":"/index.php?m=index","length":0,"http_request_body_printable":"username={account}&password={password}&branch=SH&remember=1"}}',
  gpsLog: '{date} {time}:08,118 INFO [transfer-tracker] location.batch_update_device_position TrackerName=lq-airport-transfer Updates=[{"DeviceId": "{imei}", "SampleTime": "{date}T{time}:00+08:00", "Position": [{lng}, {lat}], "Accuracy": {"Horizontal": 8.0}, "PositionProperties": {"driverPhone": "{mobile}", "booking": "SJ-PVG-260314-017", "flight": "MU551"}}] -> Errors=[]',
  serviceNote: '2026-03-14 12:31:08,118 - hubspot_sync - INFO - POST https://api.hubapi.com/crm/v3/objects/tickets {"properties":{"hs_pipeline":"0","hs_pipeline_stage":"1","hs_ticket_priority":"HIGH","subject":"拒签退费未到账+尾款重复扣款","content":"申请人称3月2日英国学生签证被拒，合同约定拒签退还50%服务费（19000元），顾问承诺10个工作日内退回，至今未到账；另3月5日在上海分公司POS刷卡付尾款被扣了两次，要求一并原路退回","applicant_name":"{name}","applicant_mobile":"{mobile}","applicant_id_no":"{id}","contract_no":"LQ-UK-2026-00217","branch":"上海分公司"}} -> 201 {"id":"1873462668","createdAt":"2026-03-14T04:31:08.342Z"}',
  proseName: '【行前说明会回顾】3月14日上海分公司2026秋季英国行前说明会顺利举行，在曼彻斯特大学读研一的学长{name}分享了落地后开银行卡、找房和选课的经验，到场同学每人领取了定制{product}和《英国留学生存手册》。',
  hotlineNote: '签证文案部 Visa Team | 澜桥留学移民 上海分公司 | 在读学生海外24小时紧急求助热线：{hotline} | 本邮件及其附件含有保密信息，仅供指定收件人使用；如误收，请立即删除并通知发件人。',
  orderNote: '2026/03/14 12:31:08 stripe-webhook: event=evt_1Ox7K2Lq9RtBm3cA type=checkout.session.completed livemode=true session=cs_live_a1B2c3D4e5F6g7H8 client_reference_id={orderNo} amount_total={price}00 currency=cny payment_method_types=[alipay wechat_pay card] payment_status=paid -> 合同服务费已入账',
};

const HELDOUT58_TEXT: TextPhrasings = {
  hotelLog: '{"data":[{"id":"2173846","hotel_code":"YS-NJ-0217","hotel_name":"{hotel}","room_no":"{room}","room_type":"IMAX观影主题大床房","guest_name":"{name}","guest_mobile":"{mobile}","checkin_time":"{date} {time}:00","pkg":"观影住宿套餐(含2张IMAX票)","member_card":"8802170017384","psb_upload":"0"}],"database":"yingsu_pms","es":1773495068000,"id":21738,"isDdl":false,"mysqlType":{"id":"bigint(20)","hotel_code":"varchar(16)","hotel_name":"varchar(64)","room_no":"varchar(8)","room_type":"varchar(32)","guest_name":"varchar(32)","guest_mobile":"varchar(20)","checkin_time":"datetime","pkg":"varchar(64)","member_card":"varchar(20)","psb_upload":"tinyint(1)"},"old":null,"pkNames":["id"],"sql":"","sqlType":{"id":-5,"hotel_code":12,"hotel_name":12,"room_no":12,"room_type":12,"guest_name":12,"guest_mobile":12,"checkin_time":93,"pkg":12,"member_card":12,"psb_upload":-6},"table":"pms_checkin","ts":1773495068118,"type":"INSERT"}',
  chat: '[{date} {time}:08.118] [INFO ] [qiyu-callback-5] c.x.ticket.cs.QiyuCallbackController - eventType=SESSION_MESSAGE appKey=7c1f2e9a0b3d4c61 body={"uid":"M20170217384","foreignId":"8802170017384","nickName":"{name}","mobile":"{mobile}","msgType":"TEXT","content":"{text}","time":"{date} {time}:06","sessionId":187346266,"staffId":0,"fromPage":"pages/order/detail?orderId=TP2603142173846"}',
  loginLog: '{date} {time}:08.118 [TfrmLogin.btnLoginClick] 售票员登录 CinemaCode=32012601 TermNo=SP03 UserCode={account} PassWord={password} LocalIP={ip} Ver=5.3.7.1218 Shift=晚班 -> exec sp_user_login 返回 0，登录成功，打开售票主界面',
  gpsLog: '{date} {time}:08,118 INFO  com.xingmu.merch.track.TrackSinkFunction [Sink: merch-rider-track (2/4)#0] - upsert TrackPoint(deviceImei={imei}, riderMobile={mobile}, lat={lat}, lng={lng}, coordType=GCJ02, gpsTime={date} {time}:03, speedKmh=17.4, waybill=ZT78217384561, merchOrder=MO2603142173) -> hbase:merch_track',
  serviceNote: '2026-03-14 22:41:08.118 INFO [cs-ticket-3] c.x.cs.YidaClient - POST https://api.dingtalk.com/v1.0/yida/forms/instances {"appType":"APP_XM7K2LQ9","systemToken":"***","userId":"kf0217","formUuid":"FORM-7K2LQ9RTBM3CA","language":"zh_CN","formDataJson":"{\\"textField_lq1a\\":\\"{name}\\",\\"textField_lq1b\\":\\"{mobile}\\",\\"textField_lq1c\\":\\"{id}\\",\\"selectField_lq1d\\":\\"出票失败/退款\\",\\"textareaField_lq1e\\":\\"观众3月14日在App购买新街口店19:30《星海归途》IMAX 3D两张（7排8、9座）并加购双人爆米花套餐，已支付136元，到店后取票机提示订单不存在，影城无法出票，套餐也未兑换，要求全额原路退款\\"}"} -> 200 {"result":"FINST-7K2LQ9RTBM3CA17384"}',
  proseName: '【星幕影城·三月影城之星】新街口店卖品部的{name}连续三周蝉联“套餐推荐王”，还在《星海归途》首映礼的映后抽奖环节为幸运观众送上了{product}，欢迎来影城给TA点赞！',
  hotlineNote: '<RC20,30><F6><HW1,1>星幕影城 IMAX<RC80,30><F3>请提前10分钟凭票入场，开映15分钟后停止入场<RC110,30><F3>退改签请于开映前60分钟在App内操作<RC140,30><F3>客服热线 {hotline}（9:00-24:00）<RC170,30><QR2,2>https://m.xingmu-film.com/t<p>',
  orderNote: 'ticket.order.paid [3] at offset 1873462: key 32012601: {"orderNo":"{orderNo}","cinemaCode":"32012601","hall":"4号IMAX厅","showTime":"2026-03-14 19:30","film":"星海归途(IMAX 3D)","seats":["7排8座","7排9座"],"channel":"APP","payAmount":{price}.00,"serviceFee":0.00,"status":"PAID"}',
};

const HELDOUT59_TEXT: TextPhrasings = {
  hotelLog: '{date}T{time}:08.118Z\t5f1c2e7a-9b3d-4c8e-a1f0-7d2e6b4c9a13\tINFO\t{"msg":"异地班组住宿登记已推送","crew":"SD-07 水电班组","worker":"{name}","mobile":"{mobile}","hotel":"{hotel}","room":"{room}","checkin":"{date} {time}","site":"GD-NB-2603-0217 鄞州区金色水岸12-1801","nights":20,"psbUpload":"ok"}',
  chat: '{date} {time}:08.118 [http-nio-8086-exec-7] INFO  c.q.site.feishu.EventController - im.message.receive_v1 chat_id=oc_5e2a7c19f3b84d06a1c2e9f07d3b6a18 chat_name=【栖木家装】金色水岸12-1801工地群 sender={name} sender_mobile={mobile} role=业主 msg_type=text content={"text":"{text}"} create_time={date} {time}:06',
  loginLog: '[D {date} {time}:08 auth:57] POST /erp/api/auth/login remote_ip={ip} body_arguments={\'username\': [b\'{account}\'], \'password\': [b\'{password}\'], \'studio\': [b\'NB02\'], \'remember\': [b\'1\']}',
  gpsLog: 'Executing (default): INSERT INTO `kq_site_punch` (`id`,`worker_mobile`,`device_imei`,`punch_lat`,`punch_lng`,`punch_time`,`site_code`,`fence_result`,`created_at`) VALUES (DEFAULT,?,?,?,?,?,?,?,?); "{mobile}", "{imei}", {lat}, {lng}, "{date} {time}:00.000", "GD-NB-2603-0217", "IN_FENCE", "{date} {time}:08.118"',
  serviceNote: '  517  curl -s -X POST "https://api.airtable.com/v0/appQm7Kz2Lx9TfB3/tblKs8d2WcN4" -H "Authorization: Bearer $AIRTABLE_PAT" -H "Content-Type: application/json" -d \'{"records":[{"fields":{"客户姓名":"{name}","联系电话":"{mobile}","身份证号":"{id}","合同号":"QM-NB-2026-0217","问题类型":"分期扣款/退款","问题描述":"业主称3月10日第二期工程款（中期验收款）分期代扣了两次，各26800元；另已取消的全屋定制柜体定金5000元至今未退，要求核实后原路退回"}}],"typecast":true}\'',
  proseName: '【栖木完工交付】鄞州金色水岸业主{name}家128㎡原木风三居今天正式交付，从量房到竣工用时92天、零增项；交付仪式上项目经理送上了乔迁礼{product}，业主说最满意的是主卧的无主灯设计。',
  hotlineNote: 'msgstr "施工期间如遇噪音扰民、材料堆放或工程质量问题，请拨打栖木家装质量监督热线 {hotline}（每日 8:00-20:00）"',
  orderNote: '[2026-03-14 12:31:08,118][INFO][k3cloud-sync] Save formid=AR_RECEIVEBILL data={"Model":{"FBillTypeID":{"FNUMBER":"SKDLX01_SYS"},"FDATE":"2026-03-14","FSETTLEORGID":{"FNumber":"NB01"},"FRECEIVEBILLENTRY":[{"FSETTLETYPEID":{"FNumber":"JSFS04_SYS"},"FRECTOTALAMOUNTFOR":{price},"FNOTE":"家装合同{orderNo}增项变更款(开关插座加点)"}]}} resp={"Result":{"ResponseStatus":{"IsSuccess":true},"Number":"SKD20260314-0217"}}',
};

const HELDOUT60_TEXT: TextPhrasings = {
  hotelLog: '[{date}, {time}:08 CST] {ctrip_biz_hotel_sync.py:74} INFO - 差旅入住回传 engineer={name} mobile={mobile} hotel={hotel} room={room} checkin="{date} {time}" trip=巡店-温州区域 stores=WZ-LC012,WZ-OH018 nights=3 approver=区域督导-陈 cost_center=FS-ZJ-03',
  chat: '{"database":"jxp_cs","table":"mp_kf_message","type":"insert","ts":1773462668,"xid":48213977,"commit":true,"data":{"id":9173384,"ro_no":"RO260314HZ0312","store_code":"HZ-XH031","cust_name":"{name}","cust_mobile":"{mobile}","direction":"in","msg_type":"text","content":"{text}","send_time":"{date} {time}:06","kf_nick":"文三路店-小吴"}}',
  loginLog: '{date}T{time}:08+08:00 lb-erp01 haproxy[2173]: {ip}:52817 [{date}T{time}:08.118] fe_erp_https~ be_erp/erp-app02 0/0/1/38/39 302 412 - - --NI 12/12/0/0/0 0/0 {"usercode":"{account}","passwd":"{password}","store":"HZ-XH031","client":"pos-win"} "POST /erp/api/v2/auth/login HTTP/1.1"',
  gpsLog: '{date} {time}:08 [#1738] Received on "fieldsvc.engineer.location.HZ" {"engineerNo":"E0312","engineerPhone":"{mobile}","deviceImei":"{imei}","lat":{lat},"lng":{lng},"coord":"gcj02","acc":12,"batt":64,"task":"SM260314-0087","taskType":"上门换屏","status":"已出发"}',
  serviceNote: '2026-03-14 12:31:08,118 INFO desk_sync: POST https://desk.zoho.com.cn/api/v1/tickets {"departmentId":"1892000000006907","subject":"回收款未到账+换屏后面容失效","channel":"Phone","priority":"High","contact":{"lastName":"{name}","phone":"{mobile}"},"cf":{"cf_id_no":"{id}","cf_store":"HZ-XH031 文三路店","cf_ro_no":"RO260309HZ0117"},"description":"客户称3月9日到店以旧换新，旧机iPhone 13（SN F2LXK9Q1N6Y3）线上估价2350元，质检后被压到1600元，同意回收后回收款至今未到账；另同单在店内换原装屏，取机后发现面容ID不可用，怀疑主板被动过，要求退回换屏费并补足回收款"} -> 200 {"id":"1892000001283401","ticketNumber":"10417"}',
  proseName: '【4月回收之星】文三路店估价师{name}本月完成以旧换新回收312台，质检压价投诉为零，获赠{product}一份；店长点评：“拆机前先当着顾客的面备份数据、退出ID，这是规矩。”',
  hotlineNote: 'msgstr "保修说明：本店更换的配件享受90天保修，人为损坏、进水及私拆不在保修范围内，送修前请自行备份数据。全国服务热线{hotline}（9:00-21:00）"',
  orderNote: '2026-03-14T04:31:08.118Z 1-65f2a1b8-7c3d9e21a0b4f5c6d7e8f901 [INFO] recycle-settle: 回收订单成交确认 order_no={orderNo} deal_price={price}.00 model="iPhone 13 128G 午夜色" grade=B+ channel=门店 pay_status=待打款',
};

// The same ski-resort group's lines: a logcli print of the lodge PMS's logfmt check-in line from Loki, an OpenIM
// before-send callback of a parent's message to a ski-school coach, a Flask debug line with the coach portal's login
// form, a Garmin inReach IPC outbound event of a rescuer's position, an axios log of a Freshdesk ticket for an
// unreturned rental deposit and a doubly-charged season-card instalment, a 雪道之星 note, an iCalendar DESCRIPTION of a
// lesson booking and a 抖音来客 verify callback of a lift ticket.
const HELDOUT61_TEXT: TextPhrasings = {
  hotelLog: '{date}T{time}:08+08:00 {app="lodge-pms", env="prod", resort="BPX"} ts={date}T{time}:08.118+08:00 level=info caller=checkin.go:214 msg="walk-in checkin posted" guest="{name}" mobile={mobile} property="{hotel}" room={room} arrival="{date} {time}" nights=2 rate_code=SKI-STAY2 lift_pass=bundled shuttle=G7-1530 psb_upload=ok',
  chat: '{date} {time}:08.118 INFO [openim-webhook] callbackBeforeSendSingleMsgCommand req={"callbackCommand":"callbackBeforeSendSingleMsgCommand","sendID":"{mobile}","senderNickname":"{name}","recvID":"coach_0217","sessionType":1,"contentType":101,"content":"{\\"content\\":\\"{text}\\"}","sendTime":"{date} {time}:06","ex":"{\\"lessonNo\\":\\"KC260314-0087\\",\\"course\\":\\"单板私教2h\\"}"} resp={"actionCode":0,"errCode":0}',
  loginLog: "[{date} {time}:08,118] DEBUG in auth: POST /coach/login from {ip} form=ImmutableMultiDict([('username', '{account}'), ('password', '{password}'), ('resort', 'BPX'), ('remember', 'y')]) ua='Mozilla/5.0 (iPad; CPU OS 17_3 like Mac OS X)'",
  gpsLog: '{date} {time}:08.118 INFO  [ipc-outbound] team=救援二队 member=SAR-07 {"Version":"2.0","Events":[{"imei":"{imei}","messageCode":0,"freeText":"","timeStamp":1773462660000,"addresses":[{"address":"{mobile}"}],"point":{"latitude":{lat},"longitude":{lng},"altitude":1873.0,"gpsFix":2,"course":212.0,"speed":3.5},"status":{"autonomous":0,"lowBattery":0,"intervalChange":0,"resetDetected":0}}]}',
  serviceNote: '2026-03-14T04:31:08.118Z [axios] POST https://beipo-snow.freshdesk.com/api/v2/tickets data={"subject":"雪具押金未退+季卡分期重复扣款","type":"退款","priority":3,"status":2,"source":3,"name":"{name}","phone":"{mobile}","custom_fields":{"cf_id_number":"{id}","cf_resort":"北坡雪场","cf_rental_no":"ZL260301-1173"},"description":"雪友3月1日在雪具大厅租双板一套，押金1500元，归还时已确认无损坏，至今未原路退回；另雪季卡第二期分期1380元被重复扣款两次，要求核实后一并退回"} -> 201 {"id":48213}',
  proseName: '本周「雪道之星」：滑雪学校双板三级指导员{name}用三节课把7岁的小学员从魔毯带上了中级道，结课时家长送来一份{product}表示感谢，学员们都说这位教练讲动作特别有耐心。',
  hotlineNote: 'DESCRIPTION:请于开课前15分钟持电子雪票到雪具大厅2号门滑雪学校前台集合，教练将统一发放头盔和护具。\\n如需改约或取消课程，请提前24小时致电滑雪学校前台 {hotline}（8:30-17:00）。',
  orderNote: '2026-03-14 12:31:08.118 [http-nio-8080-exec-3] INFO  c.b.ota.douyin.VerifyNotifyHandler - 抖音来客核销回调 {"type":"verify","content":{"order_id":"{orderNo}","certificate_id":"7345128890361235457","sku_id":"1782301","sku_title":"【北坡雪场】成人全天雪票含雪具","amount":{"original_amount":{price}00,"pay_amount":{price}00},"verify_time":1773462668,"poi_id":"7108293650812"}}',
};

const HELDOUT62_TEXT: TextPhrasings = {
  hotelLog: '[{date}T{time}:08.118421+08:00] app.INFO: 终面候选人差旅入住已回传 {"candidate":"{name}","mobile":"{mobile}","hotel":"{hotel}","room":"{room}","checkin_at":"{date} {time}","interview_id":"IV2603140217","employer":"宁波澜芯半导体有限公司","job":"高级模拟IC设计工程师","payer":"企业承担","nights":1} {"uid":"a3f9c21","channel":"travel_sync"}',
  chat: '{date} {time}:08.118 INFO  [pulsar-external-listener-3-1] c.z.im.archive.ChatArchiveListener - topic=persistent://zhitu/im/geek-boss-chat msgId=1873:4621:0 key=g_10482317 value={"fromUid":10482317,"fromName":"{name}","fromPhone":"{mobile}","fromRole":"GEEK","toUid":20017384,"toRole":"BOSS","jobId":"J88217346","msgType":1,"content":"{text}","sendTime":"{date} {time}:06"}',
  loginLog: '{date} {time}:08.118  INFO 1 --- [ctor-http-nio-4] c.z.gateway.filter.AccessLogGlobalFilter : traceId=6f2a9c0d1e4b7a38 POST /api/employer/passport/login from {ip} UA="Mozilla/5.0 (Windows NT 10.0; Win64; x64)" body={"loginName":"{account}","password":"{password}","loginType":"PASSWORD","terminal":"EMPLOYER_PC","captcha":"k7Qm"} -> 200 in 41ms',
  gpsLog: '{date} {time}:08.118 [eventLoopGroupProxy-4-3] INFO  ktor.application - 200 OK: POST - /v2/crm/visit/sign-in in 37ms, body={"deviceImei":"{imei}","consultantPhone":"{mobile}","latitude":{lat},"longitude":{lng},"coordType":"gcj02","clientCorp":"苏州恒锐精密制造有限公司","visitType":"BD拜访(签约前)","branch":"苏州猎头分部","signTime":"{date} {time}:02"}',
  serviceNote: '2026-03-14 12:31:08.118 INFO  [cs-ticket-2] okhttp3.OkHttpClient - --> POST https://zhitu.freshdesk.com/api/v2/tickets {"name":"{name}","phone":"{mobile}","subject":"VIP会员重复扣费且背调报告未出","custom_fields":{"cf_id_number":"{id}","cf_order":"VIP2603090117","cf_biz_line":"求职者会员"},"priority":3,"status":2,"source":3,"description":"用户称3月9日开通求职者月卡VIP（68元）被连续扣款两次；另于3月10日付费299元购买“入职前自我背调”服务，承诺3个工作日出报告，至今未出且无法申请退款，要求退回重复扣款并全额退还背调费"} (741-byte body)',
  proseName: '【职途猎头·Q1交付之星】上海分部资深顾问{name}本季度成功交付芯片行业VP级岗位4个，候选人保证期内零流失，获公司奖励{product}一份；分享经验时说：“推荐之前，先把背调做在前面。”',
  hotlineNote: '<p style="font-size:12px;color:#8c8c8c;line-height:18px">求职安全提示：职途平台及合作企业不会以培训费、服装费、体检费、押金等任何名义向求职者收费，如遇招聘方要求付费、刷单或索要银行卡密码，请立即停止沟通并拨打平台举报热线 {hotline}（7×24小时）。</p>',
  orderNote: '{"level":"info","ts":"2026-03-14T12:31:08.118+0800","caller":"repo/vip_order.go:88","msg":"gorm trace","elapsed":"3.218ms","rows":1,"sql":"INSERT INTO `vip_order` (`order_no`,`corp_id`,`sku_code`,`sku_name`,`pay_amount`,`pay_channel`,`status`) VALUES (\'{orderNo}\',731846,\'EMP_VIP_Q\',\'招聘者VIP季卡(10个职位)\',{price}.00,\'wxpay\',\'PAID\')"}',
};

const HELDOUT63_TEXT: TextPhrasings = {
  hotelLog: '[{date}T{time}:08.118402+08:00] training.INFO: 培训学员入住登记已同步 {"batch":"TS-ACA-2603 高级染烫技术班","trainee":"{name}","mobile":"{mobile}","store":"CS-WYC017 五一广场店","hotel":"{hotel}","room":"{room}","checkin":"{date} {time}","nights":4,"fee_bearer":"加盟商"} {"uid":"5c1e9a7","memory_peak_usage":"6 MB"}',
  chat: '{date} {time}:08.118 [I] [kf_callback.go:142]  小程序客服消息 appid=wx6b3f0e1a2c9d4e57 openid=oT3xq5Kc8mZ1fL0a9vRn2YbWdE4s member={name} member_mobile={mobile} store=CS-WYC017 MsgType=text Content={text} CreateTime={date} {time}:06',
  loginLog: '[{date} {time}:08.118] [info] (auth) POST https://pos.tansimei.com/api/cashier/login {"operatorCode":"{account}","operatorPwd":"{password}","storeNo":"CS-WYC017","posId":"POS-02","clientIp":"{ip}","ver":"3.8.2"} → 200',
  gpsLog: '{date} {time}:08.118421 [ 2173 ] {8f3c2a71-5d4e-4b09-9a1c-e6f7d2b3c401} <Debug> executeQuery: (from 10.20.3.17:51724, user: track_writer) INSERT INTO track.makeup_artist_points FORMAT JSONEachRow {"imei":"{imei}","phone":"{mobile}","lat":{lat},"lng":{lng},"loc_time":"{date} {time}:00","order_no":"SMGZ260314007","svc":"上门新娘跟妆"} (stage: Complete)',
  serviceNote: 'INFO 2026-03-14 12:31:08,118 ticket_bot 61 POST https://qyapi.weixin.qq.com/cgi-bin/wedoc/smartsheet/add_records?access_token=*** {"docid":"dcT5s1Lr9vQ2xK7mWb3nZ8","sheet_id":"kQ3w8e","key_type":"CELL_VALUE_KEY_TYPE_FIELD_TITLE","records":[{"values":{"顾客姓名":[{"type":"text","text":"{name}"}],"手机号":[{"type":"text","text":"{mobile}"}],"身份证号":[{"type":"text","text":"{id}"}],"门店":[{"type":"text","text":"CS-KFQ009 开福万达店(加盟)"}],"问题描述":[{"type":"text","text":"顾客3月2日在开福万达店充值5000元送1500元储值卡，3月9日门店突然闭店转让，卡内剩余本金4280元无法消费；另3月1日烫发一次被重复扣款两次各680元，要求总部核实后退还剩余本金及多扣款项"}]}}]}',
  proseName: '在檀丝五一广场店做了法式慵懒卷，发型师{name}手很稳，全程没推销办卡！结账时赶上门店周年庆抽奖，抽到一个{product}哈哈 #长沙美发 #烫发不踩雷',
  hotlineNote: '<view class="card-agreement__tip">本卡为单用途商业预付卡，仅限檀丝美业直营及加盟门店使用，不记名卡不挂失；门店闭店、转让或服务纠纷请致电品牌客服 <text selectable="true">{hotline}</text>（10:00-22:00）</view>',
  orderNote: '2026-03-14 12:31:08.118  INFO 2173 --- [nio-8080-exec-3] c.t.pos.groupbuy.MeituanReceiptClient    : tuangou.receipt.consume ok order_id={orderNo} deal="【单人】洗剪吹+头皮SPA" deal_price={price}.00 count=1 store=CS-WYC017 verify_by=POS-02',
};

// The same wedding chain's lines: a Go log line of a WeChat subscribe-message sent to a guest of the banquet hotel's room
// block, a Python logging line with the dict repr of a 微信客服 sync_msg item joined to its 客资, an Echo (gommon) JSON line
// with a BodyDump of the 影楼 ERP login, an Undertow-served Logback line of a 途强 tracker push from an 外景车, a pgAudit
// line of an after-sales ticket INSERT for an overdue album and an unrefunded deposit, a 公众号 wedding recap, a website's
// schema.org JSON-LD LocalBusiness and a Ping++ charge.succeeded webhook of a 套系 deposit.
const HELDOUT64_TEXT: TextPhrasings = {
  hotelLog: '{date} {time}:08 roomblock_notify.go:133: [INFO] subscribe.send ok touser=oXyQ95kT2mR8cLw3aVn0dF7hZs4E template_id=Kp3vN8rTq1XcW6yLmB0aZ4sD9fGhJ2kE page=pages/roomblock/detail?wid=WD260314017 data={"thing1":{"value":"{name}"},"phone_number2":{"value":"{mobile}"},"thing3":{"value":"{hotel}"},"character_string4":{"value":"{room}"},"time5":{"value":"{date} {time}"},"thing6":{"value":"周先生&林小姐婚宴客房已入住"}} errcode=0 errmsg=ok',
  chat: "{date} {time}:08,118 INFO [wxkf.sync] new msg for lead: {'msgid': 'AbC7xQ2vLm9kT4rYp0sWn3', 'open_kfid': 'wkXyYue7AAAbq3F0kZ2Yp1mQ', 'external_userid': 'wmXyYue7AAA9vR3nT8cK2LwF5sHq', 'send_time': '{date} {time}:06', 'origin': 3, 'msgtype': 'text', 'text': {'content': '{text}'}, 'lead': {'name': '{name}', 'mobile': '{mobile}', 'store': '杭州湖滨旗舰店', 'advisor': '婚礼顾问-周婷', 'stage': '已到店未签单'}}",
  loginLog: '{"time":"{date}T{time}:08.118+08:00","level":"INFO","prefix":"yl-erp","file":"bodydump.go","line":"41","message":"POST /api/v1/staff/login remote_ip={ip} status=200 req={\\"account\\":\\"{account}\\",\\"password\\":\\"{password}\\",\\"store\\":\\"HZ-HB01\\",\\"terminal\\":\\"前台收银\\"} resp={\\"code\\":0,\\"msg\\":\\"登录成功\\"}"}',
  gpsLog: '{date} {time}:08.118 [XNIO-1 task-3] INFO  c.x.fleet.web.TrackPushController - 途强推送 /openapi/push/location payload=[{"imei":"{imei}","simNo":"{mobile}","lat":"{lat}","lng":"{lng}","gpsTime":"{date} {time}:00","speed":"0","course":"118","posType":"GPS","accStatus":"1","carName":"外景车03","shootOrder":"WJ260314-021","spot":"西湖·曲院风荷"}]',
  serviceNote: "2026-03-14 12:31:08.118 CST [21733] crm_app@xiyue_crm LOG:  AUDIT: SESSION,17,1,WRITE,INSERT,TABLE,public.aftersale_ticket,\"INSERT INTO aftersale_ticket (couple_name, couple_mobile, id_no, contract_no, store, category, content) VALUES ('{name}', '{mobile}', '{id}', 'HT2510-HZ0117', '杭州湖滨旗舰店', '相册逾期+定金未退', '新人称2025年10月拍摄的婚纱照套系（含2本相册+30寸放大）合同约定90天内交付，至今逾期两个月未收到相册；另3月1日取消婚礼策划订单，门店承诺退还的5000元定金至今未到账，要求尽快交付相册并退还定金')\",<not logged>",
  proseName: '上周六西溪湿地的草坪婚礼落幕啦～跟妆师{name}凌晨四点就到了新娘家，一天换了三套造型，下雨转场时还在给新娘补妆；婚礼结束后新人特意给团队送来{product}，说明年纪念日还来拍。',
  hotlineNote: '<script type="application/ld+json">{"@context":"https://schema.org","@type":"LocalBusiness","name":"囍悦婚纱摄影·婚礼策划(湖滨旗舰店)","telephone":"{hotline}","address":{"@type":"PostalAddress","addressLocality":"杭州市","addressRegion":"浙江省"},"openingHours":"Mo-Su 10:00-21:00","priceRange":"¥¥¥"}</script>',
  orderNote: '{"id":"evt_401260314123108118","created":1773462668,"livemode":true,"type":"charge.succeeded","data":{"object":{"id":"ch_Hq1W5OSmTi5OzbTeLKuHG0aX","object":"charge","paid":true,"channel":"wx_pub","order_no":"{orderNo}","amount":{price}00,"currency":"cny","subject":"婚纱照套系定金","body":"【湖滨旗舰店】经典韩式内景+西湖外景 套系定金"}},"object":"event","pending_webhooks":0,"request":"iar_qH4y1KbTy5eb8S84i11eWnT"}',
};

const HELDOUT65_TEXT: TextPhrasings = {
  hotelLog: "INFO:dispatch.lodging:外派勤务住宿登记回传 {'task_no': 'WP-2603-0117', 'task_name': '国际会展中心春季车展安保', 'duiyuan': '{name}', 'lxdh': '{mobile}', 'bay_zh': 'GX20250413672', 'jdmc': '{hotel}', 'fjh': '{room}', 'rzsj': '{date} {time}', 'days': 5, 'fee_bearer': '甲方'}",
  chat: '{date}T{time}:41+0800 yz/app2gate/HYHT/east-gate {"msgType":"text","roomNo":"3-2-1502","fromName":"{name}","fromMobile":"{mobile}","content":"{text}","deviceSn":"DS-K1T671-E0417"}',
  loginLog: '{ip} - [{date}T{time}:07.512Z] "POST /acs-platform/api/v1/sys/login HTTP/1.1" 200 412 84.117 ms body={"username":"{account}","password":"{password}","captcha":"x7k2","loginType":"pc","projectCode":"HYHT"}',
  gpsLog: '[{date}T{time}:12Z INFO  patrol_gateway::session] checkpoint hit imei={imei} sim={mobile} route=HYHT-夜班B线 point=XG-D3-07(东区3栋北侧消防通道) lat={lat} lon={lng} rssi=-71 bat=83% guard_no=BA0316',
  serviceNote: 'ticket.go:57: create complaint &ticket.Complaint{No:"TS-20260314-0093", Project:"海悦华庭", OwnerName:"{name}", Mobile:"{mobile}", IDCardNo:"{id}", Category:"停车缴费", Content:"3月1日在小程序缴纳月租车费300元(3月1日-3月31日)，扣款成功但道闸仍按临停计费，3月5日至今出场被收临停费4次共60元；另补办门禁卡被重复扣费两次各20元，卡至今未收到，要求退还多扣款项并补登月卡", Status:0x1}',
  proseName: '【海悦华庭项目部·三月好人好事】东门岗保安员{name}夜班巡逻时在2号楼架空层拾到业主遗失的{product}，第一时间交到物业服务中心登记，当晚即联系失主完璧归赵，业主特送来锦旗致谢。',
  hotlineNote: '{"cmd":"led_text","gate":"HYHT-南门出口","line":4,"text":"道闸故障/月卡办理 24小时热线 {hotline}","color":"red","scroll":1,"speed":3}',
  orderNote: '{"name":"parking-pay","hostname":"pk-hyht-01","pid":2231,"level":30,"park_code":"HYHT-P1","out_trade_no":"{orderNo}","pay_channel":"wxpay","fee_yuan":"{price}.00","msg":"临停缴费成功，已下发道闸放行","time":"2026-03-14T13:07:33.512Z","v":0}',
};

const HELDOUT66_TEXT: TextPhrasings = {
  hotelLog: '{date} {time}:08.118 [http-nio-8080-exec-5] INFO  c.r.t.controller.TrainSignController - [signIn,88] - 站长培训班报到登记 {"className":"清溪县2026年第二期农村电商站长培训班","stationNo":"QX-SHZ-0417","traineeName":"{name}","traineePhone":"{mobile}","hotelName":"{hotel}","roomNo":"{room}","signTime":"{date} {time}","mealType":"统一就餐","psbUpload":"1"}',
  chat: 'INSERT INTO "t_group_msg" VALUES(87341,\'zzq_qx_shz\',\'白沙镇站长交流群\',\'{name}\',\'{mobile}\',1,\'{text}\',\'{date} {time}:06\',0);',
  loginLog: '::ffff:{ip} - - [{date} {time}:08 +0800] "POST /api/v2/station/login HTTP/1.1" 200 312 "-" "okhttp/4.9.3" body={"zzAccount":"{account}","zzPassword":"{password}","stationNo":"QX-SHZ-0417","appVer":"2.6.1","deviceType":"android"}',
  gpsLog: '{date} {time}:08 [bd-gateway] recv 0x0200 -> &model.VanPosition{TerminalImei:"{imei}", DriverPhone:"{mobile}", Lat:{lat}, Lng:{lng}, GpsTime:"{date} {time}:00", Route:"县共配中心-白沙镇-双塘村", Speed:32.5, AccOn:true, Parcels:46}',
  serviceNote: '2026-03-14 12:31:08.118 INFO [complaint-sync] c.q.station.MingdaoClient - POST https://api.mingdao.com/v2/open/worksheet/addRow {"appKey":"f3a91c2e7b0d4e68","sign":"***","worksheetId":"zdts","triggerWorkflow":true,"controls":[{"controlId":"cmr_name","value":"{name}"},{"controlId":"cmr_phone","value":"{mobile}"},{"controlId":"cmr_idno","value":"{id}"},{"controlId":"station","value":"白沙镇双塘村服务站"},{"controlId":"desc","value":"村民3月6日在双塘村服务站代购电动三轮车电瓶一组，选择货到付款，到货时站长收取960元现金，平台订单却显示未付款并被再次催缴；另3月9日代购的化肥两袋至今未到站，要求核实退款"}]} -> {"data":"b2e71f40-9c3a-4d18-8f21-0417a3c6d9e5","success":true,"error_code":1}',
  proseName: '【清溪电商进万村】双塘村服务站本月代购单量全镇第一，站长{name}说，村里老人托他网上代买最多的是{product}，“点开手机下单、货到了站里再付钱，老人心里才踏实”。',
  hotlineNote: 'sms.tpl.pickup=【清溪县农村电商】您的包裹已到%s服务站，取件码%s，请3日内凭码领取，超期将退回；代收服务监督电话{hotline}',
  orderNote: '20260314|QX-SHZ-0417|白沙镇双塘村服务站|{orderNo}|DG|货到付款|{price}.00|0.00|{price}.00|已结算|清溪农商银行',
};

const HELDOUT67_TEXT: TextPhrasings = {
  hotelLog: '[I {date} {time}:33 meeting_checkin:112] 2026年度优秀代销者表彰暨业务培训会报到 attendee={name} phone={mobile} station=43010217 hotel={hotel} room={room} arrive="{date} {time}" badge=DXZ-0388 psb_upload=ok',
  chat: '{date} {time}:41.220 INFO [openim-api] webhook callbackAfterSendSingleMsgCommand body={"callbackCommand":"callbackAfterSendSingleMsgCommand","sendID":"cm_8830412","recvID":"kf_seat_017","senderNickname":"{name}","senderPlatformID":2,"sessionType":1,"contentType":101,"content":"{\\"content\\":\\"{text}\\"}","ex":"{\\"bindMobile\\":\\"{mobile}\\",\\"stationNo\\":\\"43010217\\"}"}',
  loginLog: 'I{date} {time}:33.118204  4417 sign_on.cc:203] SIGN_ON from {ip}:50213 term_id=43010217-02 req { operator_id: "{account}" operator_pwd: "{password}" fw_ver: "T8-3.2.17" shift: 1 } rc=0000 msg=签到成功',
  gpsLog: "{date} {time}:52,418 - inspect.track - INFO - insert_one xc_track {'imei': '{imei}', 'inspector_mobile': '{mobile}', 'loc': {'type': 'Point', 'coordinates': [{lng}, {lat}]}, 'fix_time': '{date} {time}:50', 'task': 'XC-2603-0412', 'station_no': '43010217', 'action': '到站打卡'}",
  serviceNote: '2026-03-14 16:22:07 [ticket-bridge] POST /api/tickets.json -> 201 payload={"alert":true,"autorespond":false,"source":"API","topicId":7,"name":"{name}","phone":"{mobile}","idcard":"{id}","stationNo":"43010217","subject":"大奖奖金未到账及App钱包重复扣款","message":"data:text/plain;charset=utf-8,彩民3月2日在省兑奖中心兑取二等奖，已现场核验身份证并代扣偶然所得税，工作人员承诺5个工作日内转账至本人银行卡，至今未到账；另3月10日App钱包充值200元被扣款两次，余额只增加200元，要求核实并退还多扣款项"}',
  proseName: '【公益体彩·快乐操场】本月“金牌代销者”评选揭晓，43010217号实体店站主{name}从业十二年，始终提醒购彩者理性投注，还自费为社区小学的孩子们添置了一批{product}。',
  hotlineNote: 'ticket.print.footer_lines = ["理性购彩 量力而行", "不向未满18周岁的未成年人销售彩票和兑付奖金", "兑奖咨询及投诉：{hotline}"]',
  orderNote: '2026-03-14T21:05:33.412+08:00 INFO wallet_svc::topup - topup settled out_trade_no={orderNo} channel=unionpay_qr amount_yuan={price}.00 fee_yuan=0.00 status=SUCCESS',
};

const HELDOUT68_TEXT: TextPhrasings = {
  hotelLog: '{date} {time}:33.512 [eventLoopGroupProxy-4-3] INFO  c.y.driverhome.CheckInRoutes - 司机之家入住登记 DriverHomeCheckIn(stationCode=DH-G1-YT07, stationName=京哈高速司机之家(玉田服务区), driverName={name}, phone={mobile}, partnerHotel={hotel}, roomNo={room}, checkInAt={date}T{time}, parkingSlot=P-23, freeNight=true)',
  chat: '{"callId":"1102260314091537#ytd-dispatch_1290471385519237120","eventType":"chat","chat_type":"chat","security":"8c1f2b0e7d6a4c3e9b5a1f0d2e4c6b8a","host":"msync@ebs-ali-beijing-msync60","appkey":"1102260314091537#ytd-dispatch","from":"drv_2086113","to":"dsp_0417","msg_id":"1290471385519237120","timestamp":1773462668118,"payload":{"bodies":[{"msg":"{text}","type":"txt"}],"ext":{"senderName":"{name}","senderMobile":"{mobile}","shippingNoteNumber":"YD2603140187","sendTime":"{date} {time}"},"type":"chat"}}',
  loginLog: '{"timestamp":"{date}T{time}:08.118211+0800","flow_id":1684023172259914,"in_iface":"eth1","event_type":"http","src_ip":"{ip}","src_port":52817,"dest_ip":"10.20.3.15","dest_port":80,"proto":"TCP","tx_id":0,"http":{"hostname":"shipper.yuntongda56.com","url":"/shipper/api/login","http_user_agent":"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0 Safari/537.36","http_content_type":"application/x-www-form-urlencoded","http_method":"POST","protocol":"HTTP/1.1","status":200,"length":287,"http_request_body_printable":"loginName={account}&loginPwd={password}&verifyCode=8k3d&userType=SHIPPER"}}',
  gpsLog: 'truck-track-sink:3> +I[YD2603140187, {imei}, {mobile}, {lat}, {lng}, 63.0, 178, BDS+GPS, {date} {time}:08, 1]',
  serviceNote: '<?xml version="1.0" encoding="UTF-8"?><gd><gdbh>12328-1302-20260314-00871</gdbh><ly>12328转办</ly><tsrxm>{name}</tsrxm><lxdh>{mobile}</lxdh><sfzhm>{id}</sfzhm><bjdx>运通达网络货运平台</bjdx><tslb>运费结算</tslb><tsnr>本人3月2日在平台接单承运唐山至郑州卷钢一车（运单YD2603020311），3月4日卸货后已上传回单，平台至今未支付尾款4800元；途中篷布破损致部分货物受潮，货主报货运险理赔后平台从运费中先行扣除2000元，保险公司赔款到账后也未返还，要求平台结清运费并说明扣款依据</tsnr><blsx>2026-03-19</blsx></gd>',
  proseName: '【运通达·年度安全驾驶标兵】今年跑满30万公里零事故的老司机{name}在颁奖现场说，平台送的{product}已经放在驾驶室里用上了，“跑长途最怕疲劳驾驶，车货平安到家才是真挣钱”。',
  hotlineNote: '<string name="dispatch_hotline_tip">装卸货异常、运费结算及货损理赔请拨打平台24小时调度热线 {hotline}</string>',
  orderNote: '2026-03-14 12:31:08.118 INFO [wlhy-upload-3] c.y.wlhy.MinistryUploader - WLHY_YD1001 运单上报成功 {"originalDocumentNumber":"{orderNo}","shippingNoteNumber":"YD{orderNo}","vehicleAmount":1,"transportTypeCode":1,"businessTypeCode":"1002996","totalMonetaryAmount":"{price}.000","descriptionOfGoods":"袋装水泥","goodsItemGrossWeight":"32.000","countrySubdivisionCode":"130229"} -> {"resultCode":"0","message":"成功"}',
};

const HELDOUT69_TEXT: TextPhrasings = {
  hotelLog: '{date} {time}:08 [10.20.3.17][-][-][info][app\\modules\\rescue\\controllers\\BenefitController::actionLodging] 救援权益·异地住宿入住回传 case_no=JY260314-0412 fault=变速箱故障拖车(距常住地320km) guest={name} tel={mobile} hotel={hotel} room={room} checkin="{date} {time}" nights=1 cap=300.00 pay=协议挂账',
  chat: '{date} {time}:06.412 [eventLoopGroupProxy-4-3] INFO  com.xcw.cs.ws.ChatSocket - inbound ChatMessage(sessionId=cs-7f3a91c2, channel=APP_CS, storeCode=HZ-XH03, fromName={name}, fromMobile={mobile}, msgType=TEXT, content={text}, sentAt={date}T{time}:06+08:00, agent=SA-周凯)',
  loginLog: '{date} {time}:08.118 DEBUG 21733 --- [nio-8080-exec-7] o.s.w.f.CommonsRequestLoggingFilter      : After request [POST /cmp-store/api/auth/login, client={ip}, payload={"username":"{account}","password":"{password}","storeCode":"HZ-XH03","terminal":"前台开单PC","ver":"5.12.0"}]',
  gpsLog: '{date} {time}:08.118 INFO  [qtp1418370913-41] c.x.rescue.hook.TraccarForwardController - POST /hook/traccar/position {"position":{"id":88213407,"deviceId":17,"protocol":"gt06","fixTime":"{date}T{time}:00.000+08:00","valid":true,"latitude":{lat},"longitude":{lng},"speed":0.0,"course":118.0,"attributes":{"ignition":true,"motion":false,"sat":11}},"device":{"id":17,"name":"救援平板车-03","uniqueId":"{imei}","phone":"{mobile}","model":"GT06N","category":"truck","status":"online"},"dispatch":{"caseNo":"JY260314-0412","stage":"到达现场"}}',
  serviceNote: "2026-03-14 12:31:08,118 INFO sqlalchemy.engine.Engine [generated in 0.00042s] {'cust_name': '{name}', 'cust_mobile': '{mobile}', 'cert_no': '{id}', 'store_code': 'HZ-XH03', 'wo_no': 'WO2603110087', 'category': '理赔维修/储值卡', 'content': '车主3月2日追尾事故车走保险理赔在本店钣喷，定损单列明更换前保险杠和左大灯，车主对照报案时拍的事故照片与交车照片，发现大灯为原件修复、保险杠仅喷漆；结算时又从储值卡扣了自付工时费1236元未签字确认；另去年充值的洗车年卡(剩余19次)因原门店关停无法使用，要求说明定损项目、退还多扣款并按剩余次数退卡', 'status': 'PENDING'}",
  proseName: '【西湖店·本周暖心技师】洗美技师{name}周三给一台SUV做内饰精洗时，在后排座椅缝里翻出车主遗落的{product}，擦干净装袋后第一时间交给服务顾问联系车主，车主取车时连说没想到。',
  hotlineNote: '<string name="rescue_hotline_tip">24小时道路救援/事故报案：{hotline}（全国门店通用，拖车50公里内免费）</string>',
  orderNote: '[2026-03-14T13:07:33.512] [INFO] wash-kiosk - [HZ-XH03#3号工位] 扫码支付回调成功 out_trade_no={orderNo} total={price}.00 CNY pkg=精洗套餐 channel=wxpay，已下发启动洗车指令',
};

const HELDOUT70_TEXT: TextPhrasings = {
  hotelLog: '[{date}T{time}:33.118204+08:00] transfer.INFO: 跨省转运途中住宿登记 {"task_no":"ZY2603140007","route":"本市→上海瑞金医院","vehicle":"急救车A17(负压)","crew_name":"{name}","crew_mobile":"{mobile}","hotel":"{hotel}","room":"{room}","checkin_at":"{date} {time}","nights":1,"std":"差旅标准380元/晚"} {"uid":"a3f91c2","ip":"10.12.3.41"}',
  chat: '{date} {time}:41 Receive SMS [SMSC:cmcc_12120] [SVC:wzhj] [ACT:] [BINF:] [FID:] [META:] [from:{mobile}] [to:12120] [flags:0:2:-1:0:-1] [msg:132:【文字呼救】本人{name}，{text}，位置已共享，请派车] [udh:0:]',
  loginLog: 'RPC:Completed\texec dbo.usp_Seat_Login @GH=N\'{account}\',@MM=N\'{password}\',@ZXIP=N\'{ip}\',@XWH=N\'T07\',@BC=N\'夜班\'\tJJDD_Client 6.3.2\tjjdd_app\t0\t112\t0\t3\t4120\t87\t{date} {time}:02.117\t{date} {time}:02.120',
  gpsLog: '{date} {time}:06.412 CST [2218] gisuser@amb_gis LOG:  statement: INSERT INTO amb_track (terminal_imei, sim_no, geom, gps_time, speed_kmh, heading, task_status, dispatch_no) VALUES (\'{imei}\', \'{mobile}\', ST_SetSRID(ST_MakePoint({lng}, {lat}), 4326), \'{date} {time}:05+08\', 58.4, 212, \'送往医院\', \'DD260314-0833\')',
  serviceNote: '2026-03-14 10:21:07.512  INFO 1 --- [nio-8086-exec-3] c.j.c.w.FeeComplaintController : 发起流程 process=feeComplaint businessKey=TS-260314-0031 variables={tsr={name}, lxdh={mobile}, sfzh={id}, ccdh=CC2603090412, sfdjh=SF260309-1187, tslx=随车收费, tsnr=3月9日母亲突发脑梗呼叫120送市一院，随车医生用车载POS刷卡收取急救费386元，POS显示交易失败后又刷一次，两笔均已扣款；事后对照收费明细发现里程费按30公里计收，实际导航距离仅9公里，心电监护费也重复计收，要求退还重复扣款并按实际里程重新核算, clsx=2026-03-21}',
  proseName: '【120里的温暖】凌晨出车归来，急救医生{name}在担架旁发现一位老人家属落下的{product}，下班后专门按出车单上的地址送了回去，家属说“救了人还帮着找东西，真没想到”。',
  hotlineNote: '※ 本票据可用于医保报销 ※ 非急救转运预约及收费咨询：{hotline}（急救请直接拨打120）',
  orderNote: '03-14 22:41:07.512  2231  2290 I FeePay  : 随车收费成功 billNo={orderNo} amount={price}.00 payType=医保个账+微信 vehicle=A17 station=城东急救分站',
};

const HELDOUT71_TEXT: TextPhrasings = {
  hotelLog: '{"@timestamp":"{date}T{time}:12.418+08:00","@version":"1","message":"差旅酒店入住回传","logger_name":"com.zhuanyan.travel.HotelOrderCallback","thread_name":"XNIO-1 task-6","level":"INFO","level_value":20000,"traceId":"6f1e0c2a9b7d4e31","trip_no":"CL2603-0417","traveler":"{name}","traveler_mobile":"{mobile}","hotel_name":"{hotel}","room_no":"{room}","check_in":"{date} {time}","purpose":"上门鉴定奢侈品寄卖(杭州验货中心→苏州)","settle":"企业月结"}',
  chat: '{date} {time}:41.118 INFO [im-cc-consumer-2] c.z.im.YunxinCcListener - 抄送消息 {"eventType":"1","convType":"PERSON","fromAccount":"u_30418827","fromNick":"{name}","fromClientType":"AOS","to":"u_21907364","msgType":"TEXT","body":"{text}","msgTimestamp":"1773462668118","msgidServer":"98231074512","ext":"{\\"itemId\\":\\"712093384157\\",\\"role\\":\\"buyer\\",\\"bindMobile\\":\\"{mobile}\\",\\"sendTime\\":\\"{date} {time}\\"}","riskLevel":0}',
  loginLog: 'INFO ts={date}T{time}:08.118+08:00 caller=service/passport.go:214 service.name=passport-svc trace.id=3c9e1f0a7b2d kind=server component=grpc operation=/passport.v1.Passport/LoginByPwd args="account:\\"{account}\\" password:\\"{password}\\" client_ip:\\"{ip}\\" app_ver:\\"7.18.2\\" platform:ANDROID" code=0 reason= stack= latency=0.031 risk_decision=PASS',
  gpsLog: '{date}T{time}:08+08:00\trecycle.rider.location\t{"imei":"{imei}","rider_mobile":"{mobile}","lat":{lat},"lng":{lng},"loc_time":"{date} {time}:05","order_id":"HS2603140218","task":"上门回收-手机数码","stage":"前往用户地址","speed_kmh":21.6,"battery":64}',
  serviceNote: 'DSP2603140093\t{"dispute_no":"DSP2603140093","order_no":"DB2603020417","biz":"担保交易+官方验货","complainant":{"role":"buyer","real_name":"{name}","mobile":"{mobile}","id_card_no":"{id}"},"reason_code":"INSPECT_MISMATCH","description":"3月2日以2680元担保交易购买二手iPhone 13（卖家描述无拆无修、电池健康89%），验货报告判定95新通过后转寄到手，拆机发现屏幕为非原装后压屏、电池健康仅81%；申请退货退款被卖家拒绝，平台48小时未介入即自动确认收货并把货款打给卖家，另官方验货费39元未退，要求复检并全额退款","status":"WAIT_CS_INTERVENE"}',
  proseName: '【转手生活·闲置好物故事】临毕业的大学生{name}把宿舍里用不上的{product}挂上平台，三小时就被同城买家拍下，走官方验货后第二天担保款就到了账，正好凑了顿散伙饭。',
  hotlineNote: '"inspect_report_dispute_tip" = "对验货结果有异议？可在报告页发起免费复检（限1次），或致电验货中心 {hotline}（每日9:00-21:00）";',
  orderNote: 'time="2026-03-14T13:07:33+08:00" level=info msg="担保款解冻，已打款至卖家钱包" order_no={orderNo} settle_amount={price}.00 service_fee=0.00 inspect_result=PASS confirm_type=AUTO_7D channel=wallet',
};

const HELDOUT72_TEXT: TextPhrasings = {
  hotelLog: '{"@timestamp":"{date}T{time}:12.481+08:00","@version":"1","message":"集训营宿舍入住登记完成","logger_name":"com.huanyu.camp.dorm.DormCheckInService","thread_name":"http-nio-8082-exec-6","level":"INFO","level_value":20000,"campCode":"IELTS-SH-2026S2","studentName":"{name}","studentMobile":"{mobile}","lodging":"{hotel}","roomBed":"{room}-B"}',
  chat: "{date} {time}:41,306 INFO [rtm_webhook] peer_message from=stu_8841207 to=cls_IELTS_W0312 payload={'senderName': '{name}', 'senderMobile': '{mobile}', 'text': '{text}', 'lesson': '雅思写作冲刺7分班 第12讲', 'sentAt': '{date} {time}:41'}",
  loginLog: '{ip} - - [{date} {time}:07 +0800] "POST /passport/v2/login HTTP/1.1" 200 612 "-" "HuanyuLearn/5.3.1 (iPhone; iOS 17.4; Scale/3.00)" reqBody={"loginAccount":"{account}","loginPwd":"{password}","terminal":"ios","captcha":""}',
  gpsLog: '{date} {time}:19.208 DEBUG [camp-shuttle-sync] c.h.camp.bus.YingyanClient - POST https://yingyan.baidu.com/api/v3/track/addpoint body=service_id=231876&entity_name={imei}&latitude={lat}&longitude={lng}&coord_type_input=wgs84&speed=42.5&direction=186&driver_mobile={mobile}&bus_no=CAMP-02',
  serviceNote: '2026-03-14 16:02:55.731 INFO [desk-sync] POST https://desk.zoho.com.cn/api/v1/tickets -> 200 {"subject":"退费投诉：课程停开仍被培训贷扣款","departmentId":"7321000000006907","channel":"Phone","priority":"High","contact":{"lastName":"{name}","phone":"{mobile}"},"cf":{"cf_id_number":"{id}","cf_contract_no":"HY-SH-2025-10387","cf_campus":"上海徐汇校区"},"description":"学员反映所报雅思7分保分班因外教离职停课，退费申请已超15个工作日未到账，分期机构本月仍扣款2180元"}',
  proseName: '【环宇外语·高分喜报】雅思暑期集训营学员{name}二战拿下总分7.5、口语7分，结业典礼上校长把一份{product}作为奖品送给她，她说最想感谢凌晨还在批改作文的外教Daniel。',
  hotlineNote: "$string['supportcontact'] = '课程咨询、调课及退费投诉请拨打全国服务热线 {hotline}（每天 9:00-21:00）';",
  orderNote: "[2026-03-14 20:11:42,907: INFO/ForkPoolWorker-3] Task enrollment.tasks.confirm_paid[8e2f41c7-3b9a-4d2e-a1c0-5f7e9b3d2a61] succeeded in 0.214s: {'order_no': '{orderNo}', 'sku': 'IELTS-7-GUAR', 'paid_yuan': '{price}.00', 'channel': 'alipay', 'status': 'PAID'}",
};

const HELDOUT73_TEXT: TextPhrasings = {
  hotelLog: '{date} {time}:12.441 INFO  [fias-link-3] RX PMS(Opera)->WristbandGW <STX>GI|RN{room}|G#880412|GN{name}|GLZH|GVN|A0{mobile}|A1{hotel}|A2亲子主题房含双园门票2大1小|A3手环授权消费上限3000|DA{date}|TI{time}|<ETX>',
  chat: '{date} {time}:41,208 INFO  [com.lepark.cs.qiyu.QiyuPushResource] (executor-thread-7) 七鱼消息推送 {"msgType":"TEXT","fromType":"customer","uid":"app_7731902","sessionId":"51872240193","content":"{text}","time":"{date} {time}:41","userInfo":[{"key":"real_name","value":"{name}"},{"key":"mobile_phone","value":"{mobile}"},{"key":"annual_pass","label":"年卡","value":"畅游年卡(亲子)"}],"source":"乐园App-在线客服"}',
  loginLog: '{date}T{time}:11+08:00|{ip}|POST /gate/api/v1/operator/login HTTP/1.1|200|0.041|"okhttp/4.9.3"|account={account}&password={password}&gateNo=E03&deviceSn=PDA-N5-0217&shift=早班',
  gpsLog: '{date} {time}:07.219 [MQTT Call: band-consumer-1] INFO  c.l.park.band.BandLocationSubscriber - topic=park/band/{imei}/up/location payload={"imei":"{imei}","guardianMobile":"{mobile}","lat":{lat},"lon":{lng},"fixType":"GPS+BLE","zone":"水世界-造浪池","battery":71,"ts":"{date} {time}:05"}',
  serviceNote: '{"database":"park_cs","table":"cs_complaint","type":"insert","ts":1773466921,"xid":88120417,"commit":true,"data":{"id":30418,"complaint_no":"KS260314-0087","visitor_name":"{name}","visitor_mobile":"{mobile}","id_no":"{id}","pass_no":"NK2025-0661083","category":"年卡/手环扣费","content":"3月14日上午刷脸入园时闸机人脸比对两次失败，工作人员改为刷身份证放行，事后发现年卡被当作单次入园扣了一次次票298元，园内手环又重复扣了两笔午餐费；要求退还误扣次票款及重复扣款并核查年卡人脸照片","status":"PENDING","created_at":"2026-03-14 18:22:01"}}',
  proseName: '【乐园人物志】水上乐园救生员{name}在漂流河下游巡查时，从水闸格栅里捞起一位游客掉落的{product}，擦干后送到游客服务中心，失主领回时连说了好几声谢谢。',
  hotlineNote: 'msg_reject_unbound=票证未实名或已过期，请至南门游客服务中心办理，咨询电话{hotline}',
  orderNote: '2026-03-14 09:41:22.018  INFO 7 --- [io-8080-exec-12] c.l.t.douyin.CertificateVerifyService   : 抖音团购券核销成功 {"verify_id":"7345120981650442019","certificate_id":"7345120980077213211","order_id":"{orderNo}","sku_name":"双园联票(成人)","amount":{"original_amount":{price}00,"pay_amount":{price}00},"poi":"北门闸机E03"}',
};

const HELDOUT74_TEXT: TextPhrasings = {
  hotelLog: '{"@timestamp":"{date}T{time}:21.604+08:00","log.level":"INFO","message":"新阿姨进城报到-协议酒店入住","ecs.version":"1.2.0","service.name":"jz-dispatch","event.dataset":"jz-dispatch.app","process.thread.name":"http-nio-8090-exec-4","log.logger":"com.anjia.dispatch.onboard.LodgingService","labels.ayi_name":"{name}","labels.ayi_mobile":"{mobile}","labels.hotel":"{hotel}","labels.room_no":"{room}","labels.check_in":"{date} {time}","labels.source":"六安家政劳务输出站","labels.pending":"岗前培训+健康证复核"}',
  chat: '{date} {time}:12.330 INFO [easemob-callback-3] c.a.im.EasemobCallbackController - callback {"callId":"1123181009#jzfamily_0412","eventType":"chat","chat_type":"groupchat","group_id":"204781396373505","from":"fam_30418827","to":"204781396373505","msg_id":"1267530812290663572","payload":{"bodies":[{"msg":"{text}","type":"txt"}],"ext":{"nickName":"{name}","mobile":"{mobile}","role":"家属","elder":"302床-王奶奶(失能二级)","sendAt":"{date} {time}"}},"timestamp":1773462668118,"security":"9f3b2c..."}',
  loginLog: '{date} {time}:08,118 INFO 21733 [-/{ip}/-/12ms POST /api/ayi/v2/login] [auth] login request body: {"loginName":"{account}","password":"{password}","deviceType":"android","appVer":"4.8.2","role":"AYI","storeCode":"HF-SS02"}',
  gpsLog: '{date}T{time}:08.118327+08:00 [info] clientid: ayi_app_88213407, msg: rule_output, rule_id: shanghu_sign_fence, topic: jz/ayi/sign/up, payload: {"imei":"{imei}","mobile":"{mobile}","lat":{lat},"lng":{lng},"coord":"gcj02","ts":"{date} {time}:05","sign_type":"上户打卡","order_no":"JZ2603140218","fence_dist_m":38,"result":"IN_FENCE"}',
  serviceNote: 'I, [2026-03-14T10:21:07.512331 #2231]  INFO -- : [a3f9c1e2-7b40-4d1e-9c55-0e6a7d2b18f3]   Parameters: {"complaint"=>{"complainant_name"=>"{name}", "complainant_mobile"=>"{mobile}", "id_card_no"=>"{id}", "order_no"=>"JZ2603020417", "category"=>"服务质量/退费", "content"=>"3月2日为卧床母亲签约住家护理员（失能照护，月服务费7800元），合同约定阿姨持有效健康证及背调报告上户；上户第5天发现健康证已过期、背调报告所列养老院护理经历与实际不符，要求换人后门店拖延9天未安排，期间仍按天扣预存服务费，另中介服务费2980元拒不退还，要求退还未服务天数费用及中介费"}, "commit"=>"提交投诉"}',
  proseName: '【安家·金牌护理员风采】护理员{name}照护卧床的李爷爷整整三年零压疮，年终表彰会上公司给她发了一份{product}作为奖励，她说最开心的是老人现在能认出她、喊她“闺女”。',
  hotlineNote: '  "hotlineTip": "24小时护理应急及服务投诉热线：{hotline}（老人突发疾病请先拨打120）",',
  orderNote: '13:07:33.512 request_id=F7xk2mQvS0aLp9cAAAbB [info] 月度服务费代扣成功 order_no={orderNo} amount={price}.00 plan="住家护理·半失能" channel=alipay_agreement',
};

const HELDOUT75_TEXT: TextPhrasings = {
  hotelLog: "1773462668118|3|statement|connection 17|url jdbc:mysql://10.31.6.21:3306/rcyz_db?useUnicode=true&characterEncoding=utf8|insert into yz_checkin (station_name, room_no, guest_name, guest_mobile, checkin_time, free_days, source) values (?, ?, ?, ?, ?, ?, ?)|insert into yz_checkin (station_name, room_no, guest_name, guest_mobile, checkin_time, free_days, source) values ('{hotel}', '{room}', '{name}', '{mobile}', '{date} {time}:00', 7, '人才驿站小程序')",
  chat: '{date}T{time}:07.118Z gzf:cs:ws recv {"type":"msg","sessionId":"zx-260314-0087","channel":"住房服务平台-在线咨询","from":{"realName":"{name}","mobile":"{mobile}","role":"承租人"},"content":"{text}","sendAt":"{date} {time}:07","agent":"kf_017"}',
  loginLog: '{ip} - - [{date} {time}:41 +0800] "GET /zfbz/loginAction.do?method=doLogin&userCode={account}&userPwd={password}&validCode=k7m2 HTTP/1.1" 302 - 38 "http://10.31.6.20:8080/zfbz/login.jsp" "Mozilla/5.0 (Windows NT 6.1; WOW64; Trident/7.0; rv:11.0) like Gecko"',
  gpsLog: '{date} {time}:05.118  INFO 1 --- [nio-8091-exec-4] ShardingSphere-SQL                       : Actual SQL: ds_patrol ::: INSERT INTO t_patrol_track_1 (terminal_imei, inspector_mobile, lat, lng, loc_time, task_no, action) VALUES (?, ?, ?, ?, ?, ?, ?) ::: [{imei}, {mobile}, {lat}, {lng}, {date} {time}:05, XC-2603-0219, 入户核查-疑似转租转借]',
  serviceNote: "info: Microsoft.EntityFrameworkCore.Database.Command[20101] Executed DbCommand (6ms) [Parameters=[@p0='{name}' (Size = 50), @p1='{mobile}' (Size = 20), @p2='{id}' (Size = 18), @p3='GZF-HT-2024-03187' (Size = 32), @p4='退租押金未退及租金重复代扣' (Size = 100), @p5='承租人反映：2月底合同到期办理退租，已交还钥匙和门禁卡并通过验房，押金2400元承诺15个工作日内原路退回，至今未到账；另3月5日银行代扣3月租金1180元扣款两次，平台账单只显示一笔，要求核实退还多扣租金并退还押金' (Size = 4000), @p6='待派单' (Size = 20)], CommandType='Text', CommandTimeout='30'] INSERT INTO [Complaints] ([ComplainantName], [ComplainantMobile], [ComplainantIdNo], [ContractNo], [Subject], [Content], [Status]) VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6);",
  proseName: '【阳光里人才公寓·邻里故事】3号楼租户{name}来本市工作刚满两年，上周社区办“闲置换新”公益市集，他把自己用不上的{product}送给了楼里行动不便的独居老人，片区管理处为他颁发了“文明租户”小红花。',
  hotlineNote: '本卡为公租房小区门禁及电梯卡，仅限登记承租人及同住家庭成员使用，严禁转借、转租；遗失请及时挂失补办，报修、挂失请拨打{hotline}（7×24小时）。',
  orderNote: '{orderNo}|GZF202603|0101|公租房租金|{price}.00|CNY|0000|扣款成功|20260314|103301',
};

const HELDOUT76_TEXT: TextPhrasings = {
  hotelLog: 'time="{date}T{time}:03+08:00" level=info msg="远途浆员协议宾馆入住登记" module=lodging station=JZ-0217 donor_name="{name}" donor_mobile={mobile} hotel="{hotel}" room={room} nights=1 reason="次日早班采浆(距浆站46km)" voucher=ZS2603140087',
  chat: '[{date} {time}:41] wechat.INFO: 服务号收到浆员消息 {"openid":"oX7pK0vYk3Qm_Tn2bLw9RgE1aZc4","donor_name":"{name}","bind_mobile":"{mobile}","plasma_card_no":"GJ4113210587","msg_type":"text","content":"{text}"} []',
  loginLog: '{date} {time}:22,118 [1] INFO  JZXT.Client.FrmLogin [(null)] - 操作员登录成功 工号={account} 口令={password} 客户端IP={ip} 机器名=TJS-PC03 岗位=体检室 版本=V5.2.0.318',
  gpsLog: '[0] shuttle.gps: [1773462668.118000000, {"terminal_imei"=>"{imei}", "driver_mobile"=>"{mobile}", "lat"=>"{lat}", "lng"=>"{lng}", "speed"=>"38.5", "route"=>"浆站-王庄乡-李集镇(早班接送)", "gps_time"=>"{date} {time}:05"}]',
  serviceNote: '{"@t":"2026-03-14T02:22:01.1180000Z","@m":"营养费投诉已登记 TS-JZ0217-260314-006","@l":"Information","ComplaintNo":"TS-JZ0217-260314-006","DonorName":"{name}","Mobile":"{mobile}","IdCardNo":"{id}","Category":"营养费发放","Detail":"3月10日第8次献浆后营养费及交通补贴共420元，系统显示当日已发放至本人银行卡，银行账户未到账，柜台查询为「户名不符退票」；浆员称开户名无误，且上月同一张卡正常到账，要求核实后补发并说明原因","SourceContext":"Jz.Compensation.ComplaintService"}',
  proseName: '【浆站简讯】化验室检验师{name}连续三年保持检测零差错，在本月的质量月表彰会上，站长为她颁发了“质控标兵”证书和一份{product}。',
  hotlineNote: '【华源生物·邓州单采血浆站】尊敬的浆员您好，您距上次献浆已满14天，可预约本周献浆；献浆前一晚请清淡饮食、勿饮酒，携带本人身份证及供血浆证。咨询电话{hotline}，拒收请回复R',
  orderNote: 'PO|{orderNo}|JZ0217|一次性使用离心式血浆分离器(PCS2)|箱|20|{price}.00|13%|已审核|2026-03-14',
};

const HELDOUT77_TEXT: TextPhrasings = {
  hotelLog: '{date} {time}:33.512  INFO [wf-travel,6f1c2a9e0b7d4e21,9a3b5c7d1e2f4a60,true] 18732 --- [nio-8085-exec-3] c.h.travel.callback.HotelOrderCallback   : 商旅入住回调 orderId=HT26031402197 applyNo=CL-WF-2603-0087 guestName={name} guestMobile={mobile} hotelName={hotel} roomNo={room} checkInTime={date} {time}:00 costCenter=外访二组(华东) status=CHECKED_IN',
  chat: '{date} {time}:12.406 [SimpleAsyncTaskExecutor-1] INFO  c.h.cs.sms.SmsUpListener - 收到上行短信 (Body:\'{"phone_number":"{mobile}","send_time":"{date} {time}:09","content":"{text}","sign_name":"恒信调解","dest_code":"2317","sequence_id":1887260314,"matched_case":"WA2603-01187","debtor_name":"{name}"}\' MessageProperties [headers={}, contentType=application/json, contentEncoding=UTF-8, contentLength=0, receivedDeliveryMode=PERSISTENT, priority=0, redelivered=false, receivedExchange=sms.up, receivedRoutingKey=sms.up.collect, deliveryTag=5521, consumerTag=amq.ctag-Qk2x9Lr0tFzY8aVb1cW3nA, consumerQueue=sms.up.collect])',
  loginLog: '[CTIBar] {date} {time}:08.221 ws://10.20.8.15:8888/agentbar >>> {"cmd":"signIn","agentId":"{account}","agentPwd":"{password}","extension":"8017","skillGroup":"M1-早期催收","clientIp":"{ip}","forceLogin":true,"ver":"3.2.7"}',
  gpsLog: '{time}:33.281 外访签到上报 {"caseNo":"WA2603-01187","visitorImei":"{imei}","visitorPhone":"{mobile}","latitude":{lat},"longitude":{lng},"accuracy":15,"locTime":"{date} {time}:33","visitType":"上门外访","result":"本人在家-承诺三日内还款"} at pages/visit/checkin.vue:212',
  serviceNote: '2026-03-14 10:27:45.902  INFO 2231 --- [qtp1734161410-41] complaint-sync                           : Exchange[ExchangePattern: InOnly, BodyType: String, Body: {"ticketNo":"TS20260314-0412","source":"委托方转办","customerName":"{name}","customerMobile":"{mobile}","idNo":"{id}","loanNo":"JK202309180044721","category":"已还款未销账","content":"客户称3月10日已通过借款APP还款2316.40元结清第5期，还款记录显示成功，但系统仍显示逾期并持续接到催收电话，要求核实入账、销账并停止催收","level":"P1"}]',
  proseName: '【月度之星】3月回款达成率全公司第一的调解员{name}，获得公司奖励{product}一份，请于周五前到行政部领取，望大家向其学习、合规作业、文明催收。',
  hotlineNote: '【恒信调解】您好，您在委托机构的借款已逾期，请通过官方APP或委托方对公账户还款，我司不会要求您向任何个人账户转账；如有异议或投诉，请致电合规监督专线{hotline}。拒收请回复R',
  orderNote: 'member_id=1200871&terminal_id=36417&txn_type=0431&trans_id={orderNo}&trans_no=BF2603141030218847&succ_amt={price}.00&resp_code=0000&resp_msg=交易成功&trans_time=20260314103021&additional_info=委外回款-M3',
};

const HELDOUT78_TEXT: TextPhrasings = {
  hotelLog: '{date}T{time}:41.118Z\t6c1f0a2e-9b7d-4e31-a5c2-3f8e1d0b7a94\tINFO\t自驾套餐酒店入住回传 {"packageNo":"ZJ-PKG-2603-0417","route":"大理取车-丽江还车","guestName":"{name}","guestMobile":"{mobile}","hotel":"{hotel}","roomNo":"{room}","checkInAt":"{date} {time}","vehicle":"大众途观L或同组车型","channel":"携程度假"}',
  chat: '{date} {time}:03.221 [DefaultDispatcher-worker-4] INFO  c.c.rent.cs.MeiqiaWebhookRoute - 美洽消息推送 body={"event":"message","data":{"content":"{text}","content_type":"text","from":"client","created_on":"{date}T{time}:03+08:00","client":{"name":"{name}","tel":"{mobile}","track_id":"mq_2Xk9Tq","source":"租车App-订单详情页","order_no":"ZC2603140218"}}}',
  loginLog: '[GIN] {date} {time}:41 | 200 |   28.417ms |  {ip} | POST     "/store/api/v2/staff/login" body={"staffNo":"{account}","pwd":"{password}","storeCode":"KMG-CS01","pdaSn":"UROVO-DT50-0217","ver":"3.12.0"}',
  gpsLog: '{date} {time}:07,418 INFO  com.chitu.iov.flink.Gb32960DecodeFunction [] - 0x02 实时信息上报 vin=LFV2A21K8N3041127 imei={imei} msisdn={mobile} collectTime={date} {time}:05 lng={lng} lat={lat} speed=63.5km/h soc=72% odo=18420.6km lockState=UNLOCK rentState=IN_ORDER(ZC2603140218)',
  serviceNote: '2026-03-14 16:02:55,731 INFO  [Camel (rent-cs) thread #4 - KafkaConsumer[cs.complaint]] route-12315-sync - Exchange[ExchangePattern: InOnly, BodyType: String, Body: {"source":"12315平台转办","ticketNo":"TS2603140087","orderNo":"ZC2602210417","complainant":"{name}","contactPhone":"{mobile}","idCardNo":"{id}","store":"成都双流机场店","content":"2月21日在双流机场店取车，2月24日按时还车验车无异议，租车押金3000元承诺7个工作日退回至今未到账；另违章押金2000元被扣800元，称车辆2月26日在外地闯红灯，但当时车辆已归还门店，要求出示违章照片并退还全部押金"}]',
  proseName: '【驰途租车·门店之星】丽江古城店交车专员{name}在一次还车验车时，发现后备箱里落下了客人的{product}，当天就联系上已到机场的客人，骑电动车赶在登机前送了过去。',
  hotlineNote: '【车内须知】本车已安装车载智能终端，禁止转租、抵押及驶出合同约定区域；车辆故障、出险及道路救援请拨打{hotline}（7×24小时），发生事故请先拍照取证并报警，勿与第三方私了。',
  orderNote: '2026-03-14T13:07:33.512418Z  INFO settle{order_no={orderNo}}: rent_settle::deposit: 还车结算完成，租车押金预授权转支付 amount_yuan={price}.00 violation_deposit="30天后自动解冻" channel="unionpay_preauth" store="KMG-CS01"',
};

const HELDOUT79_TEXT: TextPhrasings = {
  hotelLog: '{date} {time}:27,614 INFO  [com.xiaoshu.camp.partner.HotelCheckinResource] (executor-thread-6) 亲子营酒店入住回传 campNo=QZY-2026-S07 family={"guardian":"{name}","mobile":"{mobile}","adults":1,"kids":1} hotel={hotel} roomNo={room} checkinAt={date} {time} source=途牛亲子游',
  chat: '{date}T{time}:52+0800 info codes.vapor.application : class_id=XB2-03 parent_mobile={mobile} parent_name={name} request-id=8E1F5C2A-4B7D-4C90-9A13-6D2E0F7B3C41 [App] 家园共育留言已入库: {text}',
  loginLog: '{date} {time}:09 info: Kanbaobao.Api.Middleware.RequestBodyLogging[0] POST /api/v3/parent/login from {ip} body={"loginName":"{account}","loginPwd":"{password}","campusId":"SZ-NS-02","liveClient":"android","appVer":"5.2.1"}',
  gpsLog: '{date} {time}:14.552 CST [21874] LOG:  duration: 1.204 ms  statement: INSERT INTO xc_track (route_no, zd_imei, gen_teacher_tel, dwsj, geom, speed_kmh) VALUES (\'XC-07\', \'{imei}\', \'{mobile}\', \'{date} {time}:10\', ST_SetSRID(ST_MakePoint({lng}, {lat}), 4326), 32.5)',
  serviceNote: '2026-03-14 09:12:33.018 [http-nio-8080-exec-7] INFO  c.x.edu.hotline.Hotline12345Receiver - 收到区教育局转办工单 xml=<?xml version="1.0" encoding="UTF-8"?><gd><gdbh>2026031400871</gdbh><ldrxm>{name}</ldrxm><lxdh>{mobile}</lxdh><zjhm>{id}</zjhm><sqlx>投诉</sqlx><sqnr>孩子2月底因搬家办理退园，园方承诺退还已预交的3月至6月保教费共11600元及伙食费，至今未退，且看宝宝App仍在按月扣取视频服务费，要求全额退费</sqnr><blsx>5个工作日</blsx></gd>',
  proseName: '【小二班·本周班级周报】感谢{name}家长为班级图书角捐赠的{product}，孩子们这周的自主阅读时间特别热闹，下周我们将开展“我最喜欢的一本书”分享活动。',
  hotlineNote: '2026年秋季招生进行中｜托班(2-3岁)·小班·早教亲子课｜预约参观及试听：{hotline}｜民办幼儿园收费标准已报物价部门备案，严禁任何人员私收费用',
  orderNote: 'POSID=100000415&BRANCHID=442000000&ORDERID={orderNo}&PAYMENT={price}.00&CURCODE=01&REMARK1=BJF2026-09&REMARK2=XB2-03&ACC_TYPE=12&SUCCESS=Y&TYPE=1&REFERER=&CLIENTIP=&ACCDATE=20260901&SIGN=5f1c0a9e7b',
};

const HELDOUT80_TEXT: TextPhrasings = {
  hotelLog: '{date} {time}:17,402 INFO  [com.kb.rights.gc.LodgingCallbackResource] (executor-thread-7) 绿通陪诊住宿回传 serviceNo=GC2603140051, rightsCode=RT-YDJY-03, companion={name}, companionMobile={mobile}, hotel={hotel}, roomNo={room}, checkInAt={date}T{time}:00+08:00, hospital=复旦大学附属肿瘤医院, policyNo=P3101260311000872, status=CHECKED_IN',
  chat: '{date} {time}:21,553 INFO claims.im.sobot_hook 收到智齿消息推送 payload={\'type\': 202, \'partnerid\': \'MP-CLM-884217\', \'uname\': \'{name}\', \'tel\': \'{mobile}\', \'content\': \'{text}\', \'msgtime\': \'{date} {time}:20\', \'source\': \'微信小程序-在线理赔\', \'claim_no\': \'LP2603140388\'}',
  loginLog: '{"time":"{date}T{time}:52.118604+08:00","id":"Qm7xT2kP9vB4","remote_ip":"{ip}","host":"zy.kangbaobroker.com","method":"POST","uri":"/api/v2/broker/login","user_agent":"KangBaoZhanYe/5.8.1 (Android 13; HUAWEI NOH-AN00)","status":200,"error":"","latency_human":"31.207ms","bytes_in":96,"bytes_out":412,"req_body":"{\\"brokerCode\\":\\"{account}\\",\\"password\\":\\"{password}\\",\\"orgCode\\":\\"SH0102\\",\\"appVer\\":\\"5.8.1\\"}"}',
  gpsLog: '[{date}T{time}:33.402] [INFO] trace - POST https://yingyan.baidu.com/api/v3/track/addpoint service_id=231847 entity_name={imei} latitude={lat} longitude={lng} coord_type_input=bd09ll loc_time="{date} {time}:31" speed=0 investigator_mobile={mobile} task=DC2603140217(住院真实性调查) -> {"status":0,"message":"成功"}',
  serviceNote: '{"level":"info","ts":"2026-03-14T15:42:08.771+0800","caller":"ticket/service.go:146","msg":"投诉工单已创建","ticket_no":"TS2603140412","channel":"12378转办","complainant":"{name}","phone":"{mobile}","id_card":"{id}","policy_no":"P3101260302004417","product":"康保e生百万医疗险(2026版)","content":"3月2日在小程序投保，选择月缴，首期保费46.80元被微信支付和绑定的招商银行卡各扣一次，客服称48小时内退回至今未到账，要求退还重复扣款并说明次月起从哪个账户扣费","priority":"P2"}',
  proseName: '【客服中心周报】本周服务之星：理赔专员{name}，连续三周零投诉，客户结案后还特意寄来{product}表示感谢，奖励当月绩效加2分。',
  hotlineNote: '本电子保单由康保保险经纪有限公司作为保险经纪人协助投保，保险责任以保险合同条款为准；如需报案、理赔进度查询或投诉，请拨打7×24小时服务热线{hotline}，或登录“康保理赔”小程序在线申请。',
  orderNote: '<?xml version="1.0" encoding="GBK"?><TranData><Head><TranCode>1002</TranCode><TranDate>20260314</TranDate><TranTime>143022</TranTime><BrokerCode>KB0021</BrokerCode><Flag>0</Flag><Desc>承保成功</Desc></Head><Body><ProposalNo>{orderNo}</ProposalNo><ContNo>P3101260314009213</ContNo><RiskCode>HB1207</RiskCode><PayIntv>12</PayIntv><Prem>{price}.00</Prem><CValiDate>20260315</CValiDate></Body></TranData>',
};

const HELDOUT81_TEXT: TextPhrasings = {
  hotelLog: '{date} {time}:07,512 INFO  [com.zyky.crew.LodgingResource] (executor-thread-3) 驾乘公寓入住登记 crewName={name} crewMobile={mobile} hotel={hotel} roomNo={room} checkInAt={date}T{time}:00+08:00 dutyNo=K1208次(郑州中心站→武汉宏基站) shift=夜班停靠 payer=公司协议结算',
  chat: 'ts={date}T{time}:18.204+08:00 level=info caller=relay/wxmp.go:142 svc=dingzhi-im msg="定制客运乘客留言" passenger_name={name} passenger_mobile={mobile} route="新郑机场⇄开封定制专线" trip=DZ0314-0930 content="{text}" forward_to=调度值班台',
  loginLog: '[{date} {time}:11:417 CST] 0000004a SellerLoginA I com.zyky.ticket.web.LoginAction execute 售票窗口登录 userCode={account} userPwd={password} clientIp={ip} windowNo=07 station=郑州中心站 shiftNo=B2',
  gpsLog: '{date} {time}:26.733 [nioEventLoopGroup-3-2] INFO  c.z.gps.jt809.UpExgMsgSender - 上报省平台 UP_EXG_MSG_REAL_LOCATION(0x1202) vehicle_color=2 terminalImei={imei} simNo={mobile} gnss={"encrypt":0,"date":"{date}","time":"{time}:24","lon":{lng},"lat":{lat},"vec1":82,"vec2":81,"direction":147,"alarm":0,"state":"ACC开|已定位"} ack=0x00',
  serviceNote: '12328-2603-00417,2026-03-14 09:12,投诉,票务退改,{name},{mobile},{id},"网上购买3月12日K0815次郑州中心站至洛阳汽车票两张，开车前2小时已在App申请退票，显示退票成功但票款168元至今未退回原支付账户，客服称需到站窗口办理",待处理,客运站票务科',
  proseName: '【最美司乘】K0621次驾驶员{name}在终点站例行巡车时发现座位下遗落的{product}，随即交到站务失物招领处，并通过实名制购票信息联系上失主，当晚就将物品完好送还。',
  hotlineNote: '温馨提示：请凭本人有效身份证件于开车前15分钟到检票口检票上车，逾时作废；本票当日当次有效，退票按规定收取退票费。票务咨询、小件快运查询请拨{hotline}',
  orderNote: '{"level":"info","ts":"2026-03-14T10:30:21.418+0800","caller":"pay/alipay_notify.go:211","msg":"支付宝异步通知验签通过","out_trade_no":"{orderNo}","total_amount":"{price}.00","trade_status":"TRADE_SUCCESS","subject":"汽车票-郑州中心站至洛阳"}',
};

const HELDOUT82_TEXT: TextPhrasings = {
  hotelLog: '{"@timestamp":"{date}T{time}:41.207+08:00","@version":"1","message":"酒店押金预授权完成 guestName={name} guestMobile={mobile} hotel={hotel} roomNo={room} checkInTime={date} {time} authAmt=500.00 authCode=083127 termNo=8A021735","logger_name":"com.jufu.acq.hotel.PreAuthNotifyService","thread_name":"http-nio-8081-exec-12","level":"INFO","level_value":20000,"mchNo":"898440358120417","traceId":"7e2a91c04bd35f18"}',
  chat: 'CreateTime:1773455721000\tmch-cs-im-3\t{"sessionId":"QY2603140877","from":"visitor","visitor":{"nick":"{name}","mobile":"{mobile}","mchNo":"898440358120417","shop":"鲜果时光(建设路店)"},"msgType":"TEXT","content":"{text}","sendTime":"{date} {time}:21","channel":"商户通App-在线客服"}',
  loginLog: '[{date} {time}:03,552][DEBUG][http-nio-8443-exec-9][c.j.agent.web.filter.RequestParamLogFilter] POST /agent/login.do remoteAddr={ip} params={loginName=[{account}], loginPwd=[{password}], captcha=[7kq2], agentNo=[A0317]} ua=Mozilla/5.0 (Windows NT 10.0; Win64; x64)',
  gpsLog: '{date} {time}:48.106 [nioEventLoopGroup-4-3] INFO  c.j.acq.front.TermSignInHandler - 0800签到 mid=898440358120417 tid=8A021735 tusn=00005202P8K31274 imei={imei} bindMobile={mobile} F59.A2={"lat":"{lat}","lng":"{lng}","src":"GPS","ts":"{date} {time}:47"} bindAddrDistance=0.4km riskResult=PASS',
  serviceNote: '{"data":[{"id":"88217","ticket_no":"GD2603140412","ticket_type":"持卡人调单-重复扣款","cardholder_name":"{name}","cardholder_mobile":"{mobile}","cardholder_id_no":"{id}","mch_no":"898440358120417","term_no":"8A021735","content":"持卡人称3月13日在鲜果时光(建设路店)刷卡消费86.00元，POS提示交易失败后重刷一次成功，银行卡被扣款两笔共172.00元，要求退还重复扣款","status":"待商户回复"}],"database":"cs_ticket","es":1773465328000,"id":2217,"isDdl":false,"old":null,"pkNames":["id"],"sql":"","table":"t_ticket","ts":1773465328412,"type":"INSERT"}',
  proseName: '【商户故事】在建设路开了八年小卖部的{name}，去年换上了我们的聚合收款码牌，现在顾客买{product}扫一下就能付，微信、支付宝、云闪付都能收，晚上对账也不用再翻小本子了。',
  hotlineNote: '持卡人签名 CARDHOLDER SIGNATURE ________ 本人确认以上交易，同意将其记入本卡账户 I ACKNOWLEDGE SATISFACTORY RECEIPT OF RELATIVE GOODS/SERVICES ---- 商户存根 MERCHANT COPY ---- 服务热线：{hotline}',
  orderNote: '20260314|103021|898440358120417|8A021735|{orderNo}|4200002417202603147781053326|WXPAY|消费|{price}.00|0.38%|T1|成功',
};

const HELDOUT83_TEXT: TextPhrasings = {
  hotelLog: '{date} {time}:08.331 [camp-notify-2] INFO  c.k.camp.notify.AliyunSmsSender - 控糖营入住通知 SendSms req={"PhoneNumbers":"{mobile}","SignName":"康糖互联网医院","TemplateCode":"SMS_276415032","TemplateParam":"{\\"name\\":\\"{name}\\",\\"hotel\\":\\"{hotel}\\",\\"room\\":\\"{room}\\",\\"checkin\\":\\"{date} {time}\\"}","OutId":"KTY-2604-0117"} resp={"Code":"OK","Message":"OK","BizId":"213307310400^0","RequestId":"5E1A2C7B-9D04-5B3E-8F61-2A7C0D9E4B18"}',
  chat: '{date} {time}:44.105 INFO  [nim-cc-consumer-1] c.k.im.NimCcController - 云信消息抄送 {"eventType":"1","convType":"PERSON","fromAccount":"pt_8820417","fromNick":"{name}","fromClientType":"AOS","to":"dr_10273","msgType":"TEXT","body":"{text}","msgTimestamp":"1773461064105","msgidServer":"30461287713","ext":"{\\"consultNo\\":\\"WZ2603140093\\",\\"patientMobile\\":\\"{mobile}\\",\\"dept\\":\\"内分泌科\\",\\"type\\":\\"图文问诊\\"}"}',
  loginLog: 'time="{date}T{time}:09+08:00" level=info msg="server request payload logged as grpc.request.content field" grpc.method=Login grpc.request.content="{\\"loginName\\":\\"{account}\\",\\"password\\":\\"{password}\\",\\"terminal\\":\\"DOCTOR_PC\\",\\"deptCode\\":\\"NFM-01\\"}" grpc.service=kt.doctor.v1.AuthService grpc.start_time="{date}T{time}:09+08:00" peer.address="{ip}:51834" span.kind=server system=grpc',
  gpsLog: '{date} {time}:31.620 INFO  [iotda-push-5] c.k.device.IotdaPushController - 血压手表属性上报 {"resource":"device.property","event":"report","event_time":"20260314T023131Z","notify_data":{"header":{"app_id":"b3f0c6a1d9e24a7c","device_id":"65f2a0c1bpw_{imei}","node_id":"{imei}","product_id":"65f2a0c1bpw","gateway_id":"65f2a0c1bpw_{imei}"},"body":{"services":[{"service_id":"Location","properties":{"latitude":{lat},"longitude":{lng},"locTime":"{date} {time}:28","locType":"GPS","bindMobile":"{mobile}","battery":67},"event_time":"20260314T023131Z"}]}}}',
  serviceNote: '{"asctime": "2026-03-14 16:20:41,508", "levelname": "WARNING", "name": "rx.aftersale.complaint", "message": "处方药订单售后投诉已登记", "ticket_no": "SH2603140057", "rx_order_no": "RX2603110214", "patient_name": "{name}", "contact_mobile": "{mobile}", "id_card_no": "{id}", "content": "3月11日复诊续方购买二甲双胍缓释片和缬沙坦胶囊，页面承诺次日达，物流显示已签收但本人未收到，联系骑手无回应，要求尽快补发并退还配送费", "assignee": "药事客服二组"}',
  proseName: '【糖友故事】每天晚饭后快走一小时的{name}阿姨，是我们控糖营里出了名的“打卡达人”，她说能坚持下来，离不开营里发的{product}和群里糖友们的互相监督。',
  hotlineNote: '本处方为互联网医院复诊续方电子处方，经药师审核后调配，有效期3天；请遵医嘱用药，如出现心慌、出冷汗等低血糖症状请及时线下就医。用药咨询及配送查询：{hotline}（药师值班 8:00-22:00）',
  orderNote: '[INFO ] 2026-03-14 11:05:22.417 [insu-pay-3] c.k.pay.insu.MiPayClient - 6301 订单结算结果查询 rsp={"code":0,"success":true,"message":"成功","data":{"ordStas":"6","payOrdId":"ORD2603140417KT","medOrgOrd":"{orderNo}","feeSumamt":"{price}.00","setlTime":"2026-03-14 11:05:19"}}',
};

const HELDOUT84_TEXT: TextPhrasings = {
  hotelLog: '{time}:33.018 [default-nioEventLoopGroup-1-4] INFO  c.x.jsds.lodging.LodgingController - 集训住宿入住确认 {"xsxm":"{name}","xssj":"{mobile}","jdmc":"{hotel}","fjh":"{room}","rzrq":"{date}","rzsj":"{time}","ssxm":"2026年省职业院校技能大赛·工业机器人技术应用","ldls":"周老师","jsfs":"学校统一结算"}',
  chat: '[{date} {time}:46] [GatewayWorker] onMessage client_id=7f0000010b5400000a3c data={"type":"say","from_name":"{name}","from_tel":"{mobile}","class":"23机电一体化2班","to":"fdy_1021(王老师)","content":"{text}","time":"{date} {time}:45"}',
  loginLog: '{date}T{time}:19+08:00|{ip}|POST /cas/login?service=https%3A%2F%2Fykt.xxzy.edu.cn%2Fportal%2F HTTP/1.1|302|0.043|username={account}&password={password}&execution=e2s1&_eventId=submit&geolocation=|Mozilla/5.0 (Linux; Android 12; V2145A) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/104.0 Mobile Safari/537.36 wxwork/4.1.16',
  gpsLog: '{"level":"info","message":"实习签到上报","studentNo":"2023150217","phone":"{mobile}","deviceImei":"{imei}","latitude":{lat},"longitude":{lng},"signType":"上班签到","planId":"SX2026-0311","company":"昆山精锐模具有限公司","outOfRange":false,"timestamp":"{date} {time}:38"}',
  serviceNote: '2026-03-14 10:05:17,332 WARNING [app.routers.ticket] 新建服务工单 payload=TicketIn(category=\'一卡通充值\', contact_name=\'{name}\', contact_phone=\'{mobile}\', id_card=\'{id}\', channel=\'微信缴费大厅\', amount=Decimal(\'200.00\'), description=\'3月12日晚通过微信给校园卡充值200元，微信已扣款，但到食堂刷卡余额没变，去一卡通中心领款机也领不到，窗口说要等对账，已经两天了\', attachments=[\'wx_bill_0312.jpg\'])',
  proseName: '【宿舍文明之星】智能制造学院7号楼415寝室{name}同学在楼下自助圈存机旁拾到一部{product}，第一时间交到宿管值班室，经监控核实后已归还失主，学工处特此通报表扬。',
  hotlineNote: '本卡为校园一卡通，集身份识别、食堂消费、宿舍门禁、图书借阅于一体，仅限本人使用，不记名部分不挂失。挂失/补卡请到一卡通服务中心(二食堂一楼)或拨打{hotline}。拾到者请投入任一食堂收卡箱。',
  orderNote: '{"data":[{"jylsh":"{orderNo}","jyje":"{price}.00","jylx":"食堂消费","shdm":"ST02-05","shmc":"二食堂·麻辣香锅","zdh":"POS0231","jysj":"2026-03-14 11:52:08"}],"database":"ykt_trade","es":1773460328000,"id":88421,"isDdl":false,"pkNames":["jylsh"],"sql":"","table":"t_consume_flow","ts":1773460328418,"type":"INSERT"}',
};

const HELDOUT85_TEXT: TextPhrasings = {
  hotelLog: '{"@timestamp":"{date}T{time}:27.604+08:00","caller":"logic/campcheckinlogic.go:58","content":"减脂营入住登记成功 member={name} phone={mobile} hotel={hotel} room={room} checkin=\\"{date} {time}\\" camp=21天封闭减脂营第7期 coach=陈教练","level":"info","span":"4a1f0c9e2b7d3e51","trace":"8d2c6a0f93e14b7a5c0e9f1d2b3a4c5e"}',
  chat: '[{date} {time}:52] coach-im.INFO: private message persisted {"msg_id":"pm_6620417093","from_name":"{name}","from_mobile":"{mobile}","to":"coach_1093(李教练·滨江店)","type":"text","content":"{text}","package":"私教36节(剩余24节)","send_at":"{date} {time}"} []',
  loginLog: '{date} {time}:17.332  INFO 1 --- [ctor-http-nio-3] c.f.gateway.filter.RequestBodyLogFilter  : POST /api/auth/login client={ip} ua=CoachPad/3.8.1 (iPad; iOS 17.4) body={"username":"{account}","password":"{password}","loginType":"PWD","clientId":"coach-pad","storeCode":"HZ-BJ-02"}',
  gpsLog: '{date} {time}:05,114 [iotdb-writer-2] INFO  c.f.run.track.IotdbTrackWriter - insert ok sql=INSERT INTO root.fit.runband.d_{imei}(time, lat, lng, bind_mobile, heart_rate, pace) VALUES ({date}T{time}:03+08:00, {lat}, {lng}, \'{mobile}\', 152, \'5\\\'42"\') cost=3ms',
  serviceNote: '16:20:41.508 request_id=F7kQ2xVbN3pZcWgAAB2h [info] 售后工单已创建 %FitClub.Aftersale.Ticket{__meta__: #Ecto.Schema.Metadata<:loaded, "aftersale_tickets">, id: 3127, ticket_no: "TS2603140219", member_name: "{name}", mobile: "{mobile}", id_card_no: "{id}", category: "私教课退费", content: "2月在滨江店买了私教课36节，才上了12节门店就贴了停业装修通知，教练也联系不上，剩余课时不给转店也不退款，月付会费这个月还照样扣了199", status: :pending, inserted_at: ~N[2026-03-14 16:20:41]}',
  proseName: '【会员蜕变故事】连续打卡90天的{name}，三次InBody体测下来体脂率从31%降到了22%，她笑着说最离不开的除了私教的督促，还有入会时前台送的那个{product}。',
  hotlineNote: '第十二条 乙方自签订本合同之日起7日内（冷静期）未使用任何服务的，可无理由申请全额退款；门店停业、迁址超过3公里的，乙方可要求按剩余会籍天数及课时退费。会员服务及投诉监督电话：{hotline}',
  orderNote: '2026-03-14 18:42:09.771 [http-nio-8080-exec-6] INFO  c.f.o2o.dianping.ReceiptConsumeService - 点评团购券验券成功 resp={"code":200,"msg":"success","data":[{"order_id":"{orderNo}","receipt_code":"2390417755","deal_title":"私教体验课1节+InBody体测","deal_price":{price}.0,"deal_marketprice":399.0,"count":1,"receipt_end_date":"2026-06-30"}]}',
};

const HELDOUT86_TEXT: TextPhrasings = {
  hotelLog: '{date} {time}:12.407 INFO  [cmpp-submit-pool-2] c.h.sms.cmpp.CmppSubmitSender - CMPP_SUBMIT seq=104733 msg_src=921017 src_id=1065840101 dest_terminal_id={mobile} msg_fmt=8 fee_usertype=2 msg_content="【县分公司综合部】{name}您好，您的外派支撑住宿已安排：{hotel}{room}房，入住时间{date} {time}，协议价已挂账，离店时请在前台签单，无需自付。" resp=CMPP_SUBMIT_RESP result=0 msg_id=7213648210433',
  chat: '{date} {time}:07.552 INFO  [sms-mo-worker-3] c.h.sms.mo.MoDispatcher - CMPP_DELIVER registered_delivery=0 src_terminal_id={mobile} dest_id=10658088 service_id=QFCJ msg_fmt=15 msg_content="{text}" crm_lookup={cust_name={name}, acct_id=3102874519, owe_fee=86.40, stop_flag=单停} route=欠费催缴回复->城关营业厅坐席',
  loginLog: '####<{date} {time}:19,552 CST> <Debug> <HttpSessions> <crmapp02> <CRM_Server_1> <[ACTIVE] ExecuteThread: \'17\' for queue: \'weblogic.kernel.Default (self-tuning)\'> <<anonymous>> <> <0000NqX7f_1FW7H_Vvn3yW1Zx8Jr000004> <1773455719552> <BEA-000000> <LoginAction.execute 请求参数 staffId={account}&staffPwd={password}&loginIp={ip}&loginMac=00-1E-67-3A-9C-41&channelId=YYT-4127&randCode=8273>',
  gpsLog: '{date} {time}:44.318 INFO  [onenet-push-4] c.h.kh.OneNetPushController - 看护终端数据推送 body={"msg":[{"at":1773455684301,"imei":"{imei}","type":1,"ds_id":"3336_0_5513","value":{lat},"dev_id":611827304},{"at":1773455684301,"imei":"{imei}","type":1,"ds_id":"3336_0_5514","value":{lng},"dev_id":611827304}],"msg_signature":"k2Xb0q9uQm4tZ1cV8aP3Ew==","nonce":"x7Hq2Lpa"} bindMsisdn={mobile} locTime={date} {time}:41 fence=城关镇第二小学',
  serviceNote: '<?xml version="1.0" encoding="GBK"?><ROOT><HEADER><SERVICE_NAME>sComplainCreate</SERVICE_NAME><ROUTE_KEY>10</ROUTE_KEY><ROUTE_VALUE>4127</ROUTE_VALUE><CHANNEL_ID>YYT</CHANNEL_ID><TRACE_ID>ESB20260314163024417</TRACE_ID></HEADER><BODY><COMPLAIN_TYPE>终端合约-分期扣款争议</COMPLAIN_TYPE><CUST_NAME>{name}</CUST_NAME><SERV_NUM>{mobile}</SERV_NUM><CERT_TYPE>1</CERT_TYPE><CERT_NUM>{id}</CERT_NUM><ACCEPT_ORG>县分公司城关营业厅</ACCEPT_ORG><COMPLAIN_CONTENT>客户称2月在营业厅办理存费送机合约，购华为nova 12分24期，营业员承诺每月返还话费，但3月账单未见返还，且当月分期款被银行卡扣了两次，要求核实退还多扣金额</COMPLAIN_CONTENT><LIMIT_TIME>48</LIMIT_TIME></BODY></ROOT>',
  proseName: '【城关营业厅服务之星】营业员{name}在为一位七十多岁的老人办理携号转网时，耐心讲解了{product}的使用方法，还帮老人把通讯录一条条导进新手机，老人的儿子专门写来了表扬信。',
  hotlineNote: '宽带装机确认单：装维人员上门服务不收取任何现金费用，光猫、机顶盒为租用设备，拆机销户时请归还营业厅。对装维服务不满意请拨打装维服务监督电话{hotline}（8:00-20:00）。',
  orderNote: '20260314|4127|县分公司城关营业厅|{orderNo}|SALE_OUT|终端销售出库|HW-NOVA12-256G-BLK|1|{price}.00|存费送机|ERP已过账',
};

const HELDOUT87_TEXT: TextPhrasings = {
  hotelLog: '{date} {time}:12.407 INFO  [cxkz-fk-pool-3] c.f.zxcx.feedback.GaLodgingFeedbackHandler - 公安住宿信息反馈入库 <cxfk><ah>(2026)晋0521执412号</ah><cxlx>住宿记录</cxlx><cxdx>{name}</cxdx><lxdh>{mobile}</lxdh><lgmc>{hotel}</lgmc><fjh>{room}</fjh><rzsj>{date} {time}</rzsj><tfsj></tfsj><fkdw>县公安局治安管理大队</fkdw><fkjg>查有住宿记录</fkjg></cxfk>',
  chat: '{date} {time}:41.226 [cmpp-recv-2] INFO  c.f.sms.CmppDeliverListener - CMPP_DELIVER msg_id=7266103419823104 dest_id=10657301236805 src_terminal_id={mobile} msg_fmt=8 registered_delivery=0 msg_content="{text}" 匹配受送达人={name} ah=(2026)晋0521民初1873号 wslx=开庭传票 recv_time={date} {time}:40',
  loginLog: '[{date} {time}:37.118][INFO ][TongWeb-http-9060-exec-14][cn.fy.lsfw.web.LoginController] 律师服务平台登录 loginType=ACCOUNT zh={account} mm={password} yzm=8k4w clientIp={ip} ua="Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/118.0" result=SUCCESS',
  gpsLog: '{date} {time}:52.904 [sip-worker-6] INFO  c.f.wq.gb28181.MobilePositionHandler - 执法记录仪位置 from=34052100001320000017@3405210000 imei={imei} holder_tel={mobile} task=SD2603140088(直接送达) body=<?xml version="1.0" encoding="GB2312"?><Notify><CmdType>MobilePosition</CmdType><SN>117</SN><DeviceID>34052100001320000017</DeviceID><Time>{date}T{time}:50</Time><Longitude>{lng}</Longitude><Latitude>{lat}</Latitude><Speed>0.0</Speed><Direction>0</Direction><Altitude>0</Altitude></Notify>',
  serviceNote: '2026-03-14 10:22:31 info: Court.Ssfw.Hotline.TicketService[1002] 12368工单已创建 {TicketNo="SSFW2603140219", Category="诉讼费退费", CallerName="{name}", CallerPhone="{mobile}", IdCardNo="{id}", CaseNo="(2026)晋0521民初1642号", Content="3月10日通过移动微法院网上缴纳案件受理费1250元，支付页面卡住后重新支付，银行卡被扣款两次，窗口称多缴部分需财务核对后退回，至今未退", Status="待转办"}',
  proseName: '【调解手记】原告{name}网购的{product}收到后发现与页面描述不符，与商家多次协商未果来院起诉，诉前调解员线上视频连线双方，不到半小时即促成和解，商家当场退款并补偿运费。',
  hotlineNote: '【县人民法院】本短信为法院依法送达提示，文书请点击链接查看签收，请勿直接回复；如对送达内容有疑问，请拨打诉讼服务中心电话{hotline}核实（工作日8:30-17:30），谨防冒充法院诈骗。',
  orderNote: '10.12.0.7 - - [14/Mar/2026:10:30:21 +0800] "POST /fsjk/notify?jkm={orderNo}&jfje={price}.00&jfzt=1&jfqd=UNIONPAY&zsdw=001017&srxm=103040101&sign=9c1e4f07ab HTTP/1.1" 200 7 "-" "Apache-HttpClient/4.5.13 (Java/1.8.0_291)"',
};

const HELDOUT88_TEXT: TextPhrasings = {
  hotelLog: '{date} {time}:31.407 [0-0-0-writer] ERROR StdoutPluginCollector - 脏数据: {"exception":"Data truncation: Data too long for column \'bz\' at row 1","record":[{"byteSize":3,"index":0,"rawData":"{name}","type":"STRING"},{"byteSize":11,"index":1,"rawData":"{mobile}","type":"STRING"},{"byteSize":8,"index":2,"rawData":"{hotel}","type":"STRING"},{"byteSize":4,"index":3,"rawData":"{room}","type":"STRING"},{"byteSize":19,"index":4,"rawData":"{date} {time}:00","type":"STRING"},{"byteSize":96,"index":5,"rawData":"应届高校毕业生来本市求职，凭报到证/毕业证免费入住7天，已核验春风行动招聘会报名记录","type":"STRING"}],"type":"writer"}',
  chat: '"WS2603141022318841","掌上12333-在线客服","失业保险金申领","{date} {time}:08","访客","{name}","{mobile}","{text}","已转人工","坐席1027"',
  loginLog: '<132>1 {date}T{time}:44+08:00 waf-hrss-01 NSFOCUS-WAF - - - CEF:0|NSFOCUS|WAF|V6.0R10|1340|弱口令登录告警|5|rt={date} {time}:44 src={ip} spt=52817 dst=10.20.3.15 dpt=443 requestMethod=POST dhost=wt.rsj.zwnw request=/hsa-wt/sso/login cs1Label=postBody cs1=loginName={account}&passwd={password}&userType=DW&yzm=7k3q cs2Label=policy cs2=单位网厅-登录保护 act=alert',
  gpsLog: '{date} {time}:06.332 DEBUG [gyg-track-push-3] c.r.gyg.track.YingyanClient - >> POST https://yingyan.baidu.com/api/v3/track/addpoint ak=****&service_id=238714&entity_name={imei}&latitude={lat}&longitude={lng}&loc_time=1773455526&coord_type_input=wgs84&speed=0&bind_phone={mobile}&gw_post=保洁保绿岗&punch_time={date}+{time}:05 << {"status":0,"message":"成功"}',
  serviceNote: '2026-03-14 16:20:41.508 INFO  [http-nio-8081-exec-9] c.r.rx12333.gd.GdStartService - Activiti startProcessInstanceByKey key=rx12333_tsjb businessKey=GD20260314-0219 variables={lxrxm={name}, lxdh={mobile}, zjhm={id}, sqlb=灵活就业缴费-重复扣款, sqqd=12333热线, sqnr=3月12日在掌上12333缴纳灵活就业人员养老保险3月份费用，微信支付扣了两次共1764.36元，缴费明细只显示一笔，要求退还多扣的882.18元, cbks=社保经办科}',
  proseName: '【就业暖心故事】失业后在家待了半年的{name}，在春风行动专场招聘会上报名了中心的免费育婴员培训，拿到证书第二周就上岗，第一个月工资到账后给儿子买了盼了很久的{product}。',
  hotlineNote: '【市人社局】温馨提示：社保部门不会以养老金资格认证、社保卡升级、失业金补发为由索要银行卡密码或短信验证码，也不会要求转账到"安全账户"。社保卡金融功能（挂失、改密、余额查询）请咨询发卡银行社保卡专线{hotline}，社保政策咨询请拨打12333。',
  orderNote: '2026-03-14 10:30:21.447 (EP[0] sess:0x7f6c2c0185d0 thrd:24718 user:YKT_MALL trxid:81930427 stmt:0x7f6c2c0a3e10 appname:ykt-mall-settle ip:::ffff:10.20.3.17) [INS] INSERT INTO "YKT_MALL"."T_SETTLE_DETAIL"("ORDER_SN","GOODS_NAME","QTY","UNIT_PRICE","MCH_NO","SETTLE_DATE","STATUS") VALUES(\'{orderNo}\',\'电热水壶\',1,{price}.00,\'SH0027\',\'2026-03-14\',\'SETTLED\');',
};

const HELDOUT89_TEXT: TextPhrasings = {
  hotelLog: '{date} {time}:08,415 INFO  [com.yj.travel.CtripCheckinResource] (executor-thread-7) 商旅入住回调 orderId=CT3021874419 staff={name} mobile={mobile} hotel={hotel} roomNo={room} checkInTime={date} {time} tripNo=XHYP-2603-07(巡回验配·县城听力筛查) costCenter=听力事业部',
  chat: 'time="{date}T{time}:36+08:00" level=info msg="msgaudit text saved" seq=1187342 msgid=16203118734291_1773460236_external from=wmq7aXCgAAxz1Hc8mR0p4hV3kLxq9Tsw external_name="{name}" remark_mobile={mobile} tolist="[YP0231(听力师·王)]" msgtype=text content="{text}" shop=SZ-NS-03',
  loginLog: '[{date} {time}:03] [TfrmLogin.btnOKClick] 收银/验光工作站登录 门店=HZ-XH-012 工号={account} 密码={password} 本机IP={ip} 机器名=YG-PC02 版本=V6.3.2.1107 结果=成功',
  gpsLog: '{date} {time}:22,417 INFO 31244 [-/117.136.12.8/-/4ms POST /api/v2/homevisit/track] 上门验配轨迹上报 {"imei":"{imei}","staffMobile":"{mobile}","lat":{lat},"lng":{lng},"coordType":"gcj02","locTime":"{date} {time}:19","visitNo":"SMYP2603140031","elder":"独居,需家属陪同"}',
  serviceNote: '2026-03-14 15:47:09.326 [DefaultDispatcher-worker-3] INFO  c.y.aftersale.WarrantyClaimService - created WarrantyClaim(claimNo=BX2603140057, type=助听器保修理赔, customerName={name}, phone={mobile}, idCardNo={id}, serialNo=RX4X7H2291, purchaseShop=杭州西湖文化广场店, content=去年11月用残联补贴配的右耳助听器，保修期内第二次没声音，门店说要寄回厂家检测等三周，之前交的300元延保费系统里也查不到, status=PENDING_REVIEW)',
  proseName: '三月爱耳日义诊活动中，听力师{name}在社区为60多位老人做了免费纯音测听，凡到场完成测听的老人还可领取{product}一份。',
  hotlineNote: '助听器保修卡：主机自购买之日起保修2年（受潮、摔裂、耵聍堵塞受话器等人为损坏除外），耳模及电池不在保修范围；保修期内请凭本卡及购机发票到任一门店送修，全国售后服务热线{hotline}。',
  orderNote: '2026-03-14 11:05:42,118 - rx_sync.lab_client - INFO - 车房订单回执 {\'ret\': 0, \'lab_order_no\': \'{orderNo}\', \'lens\': \'1.60非球面防蓝光膜\', \'od\': \'-3.25/-0.50x180\', \'os\': \'-3.00/-0.75x175\', \'pd\': 62, \'amount\': {price}.0, \'eta\': \'2026-03-17\'}',
};

const HELDOUT90_TEXT: TextPhrasings = {
  hotelLog: '{date} {time}:33,118 INFO  [Camel (travel-sync) thread #4 - JmsConsumer[ops.travel.hotel.checkin]] route-hotel-checkin - 商旅入住回传 body={orderId=HT2603140077, travellerName={name}, travellerMobile={mobile}, hotelName={hotel}, roomNo={room}, checkInTime={date} {time}, costCenter=华南运维二组, tripReason=天河片区柜机批量换主控板}',
  chat: 'time="{date}T{time}:41+08:00" level=info msg="im message persisted" conv_id=stn_GZTH0318_u91720 from_name="{name}" from_mobile={mobile} to="幸福里驿站(站长)" msg_type=text content="{text}" channel=wx_miniapp',
  loginLog: '{date} {time}:09.233 [I] [courier_auth.go:77]  柜机端快递员登录 cabinet_sn=GZ-TH-0318-02 form=map[cabinetSn:[GZ-TH-0318-02] loginName:[{account}] loginPwd:[{password}] loginType:[pwd]] remote_addr={ip}:52113 result=ok',
  gpsLog: '{date} {time}:14.552 INFO  [amqp-consumer-3] c.x.iot.sub.PropertyPostListener - topic=/a1TrkCyc9Q/{imei}/thing/event/property/post messageId=1768204511337459712 payload={"deviceType":"ElectricTricycleTracker","iotId":"Zq8v2LrT0k1pHd3a000100","productKey":"a1TrkCyc9Q","deviceName":"{imei}","gmtCreate":1773455654000,"items":{"GeoLocation":{"value":{"Latitude":{lat},"Longitude":{lng},"Altitude":18.0,"CoordinateSystem":2},"time":1773455654000},"BindMobile":{"value":"{mobile}","time":1773455654000},"BatteryPercentage":{"value":64,"time":1773455654000}}}',
  serviceNote: '2026-03-14 16:20:41.508 DEBUG 1 --- [ticket-sync-2] c.x.cs.http.CurlLoggingInterceptor      : curl -X POST \'https://cs-api.internal/api/v2/tickets\' -H \'Content-Type: application/json\' -H \'X-Request-Id: 6b1f0e2a9c\' -d \'{"category":"包裹丢失-柜机显示已取件","priority":"P2","customer":{"name":"{name}","phone":"{mobile}","id_card":"{id}"},"cabinet":"GZ-TH-0318-02/B-17格口","description":"收到取件码短信第二天下班去取，柜机显示已取件，但本人没有取过，物业调监控是别人输码拿走的；取件时还被扣了超期保管费1.5元。要求按实付389元赔偿包裹（一双运动鞋）并退还超期费"}\'',
  proseName: '【最美驿站站长】凌晨一点还在给加班回来的住户开门取件的{name}，被业主们叫作“幸福里的守夜人”；上个月一位独居老人网购的{product}被投错了柜，也是她跑了三个柜点帮忙找了回来。',
  hotlineNote: '【社区驿站】您的快递已存入幸福里南门3号柜，取件码8-2-4176，请凭码取件；18小时内免费保管，超时收取超期保管费0.5元/12小时，3元封顶，开通月卡可免超期费。如有疑问请致电{hotline}，回TD退订',
  orderNote: '2026.03.14 19:02:11.487315 [ 4127 ] {b3e1f7c2-9a40-4d1e-8e2a-61c0d5f3a912} <Debug> executeQuery: (from 10.20.3.14:52210, user: etl_pay) INSERT INTO dwd.cabinet_send_order_pay (order_no, cabinet_sn, box_size, pay_amount, pay_channel, pay_time) VALUES (\'{orderNo}\', \'GZ-TH-0318-02\', \'L\', {price}.00, \'WXPAY\', \'2026-03-14 19:02:09\') (stage: Complete)',
};

const HELDOUT91_TEXT: TextPhrasings = {
  hotelLog: '{"name":"group-roomlist-sync","hostname":"jq-hotel-app02","pid":2417,"level":30,"tenant":"HSJQ","groupNo":"TD20260314018","agency":"青旅国际(地接)","guestName":"{name}","guestMobile":"{mobile}","hotel":"{hotel}","roomNo":"{room}","checkinAt":"{date} {time}","msg":"团队分房入住已回传旅馆业治安管理系统","time":"{date}T{time}:17.482Z","v":0}',
  chat: '{date} {time}:52.306  INFO 18 --- [nio-8080-exec-9] c.h.visitor.cs.QiyuWebhookController     : 七鱼消息推送 eventType=MSG_RECEIVE sessionId=5830127741 staff=游客中心-小周 visitor={"name":"{name}","mobile":"{mobile}","source":"wx_miniapp","page":"/pages/lostchild/report"} msg={"type":"TEXT","content":"{text}"}',
  loginLog: '{date} {time}:38 | 200 |   41.27ms |  {ip} | POST    | /api/v1/distributor/login | {"loginName":"{account}","loginPwd":"{password}","captchaId":"a9Kq2","captcha":"7xk2","channel":"agency-pc"}',
  gpsLog: '{date} {time}:05.118 [nioEventLoopGroup-3-7] INFO  c.h.band.codec.IwProtocolDecoder - [IWAP01] 解析完成 bizTag=儿童防走失 imei={imei} bindPhone={mobile} valid=A lat={lat} lon={lng} speed=0.4 battery=62% fence=索道下站广场 alarm=NONE',
  serviceNote: '10.8.2.31 - - [14/Mar/2026:10:22:03 +0800] "POST /jsonrpc/complaint HTTP/1.1" 200 87 "-" "okhttp/4.9.3" "{\\"jsonrpc\\":\\"2.0\\",\\"id\\":771,\\"method\\":\\"complaint.create\\",\\"params\\":{\\"source\\":\\"12301转办\\",\\"visitorName\\":\\"{name}\\",\\"visitorMobile\\":\\"{mobile}\\",\\"idCardNo\\":\\"{id}\\",\\"orderNo\\":\\"WX2603140093317\\",\\"content\\":\\"网上实名买了两张索道往返联票，付款成功但人脸闸机一直提示无有效票，在检票口排了四十分钟只好去窗口重新买票，要求退还重复支付的320元\\"}}"',
  proseName: '【游客中心暖心事】3月14日下午，索道上站检票员{name}在候车廊拾到一位游客遗落的{product}，通过景区广播联系上失主并在游客中心完成交还，游客专门送来锦旗致谢。',
  hotlineNote: '【景区广播·寻人】各位游客请注意：如您与同行的儿童或老人走散，请不要慌张，就近联系穿红马甲的工作人员或前往索道下站游客中心服务台，也可拨打景区游客服务及救援电话{hotline}，我们将第一时间为您广播寻人。',
  orderNote: '20260314|SDXZ-G03|{orderNo}|索道往返(成人)|1|{price}.00|已核销|人脸闸机|2026-03-14 09:41:22',
};

const HELDOUT92_TEXT: TextPhrasings = {
  hotelLog: '[{date} {time}:05 +0800] [2187] [INFO] travel.callback: 差旅入住回传 payload={"orderNo":"HT2603140419","travelerName":"{name}","travelerMobile":"{mobile}","hotelName":"{hotel}","roomNo":"{room}","checkInTime":"{date} {time}","costCenter":"华东二区-空调安装旺季跨区支援","dispatchNo":"ZY2603-0087"}',
  chat: '{"level":"info","ts":"{date}T{time}:05.318+0800","caller":"douyin/im_hook.go:142","msg":"im_receive_msg","open_id":"_000Qv3kJx1c9nWmTz4rA8bLpYsE2dFgH7uK","conversation_short_id":"7348201937465120018","crm_match":{"name":"{name}","mobile":"{mobile}","service_order":"WX2603140388"},"message_type":"text","text":"{text}","trace_id":"9c1e4f7a2b"}',
  loginLog: '{date} {time}:11,482 23871 DEBUG css_prod odoo.http.rpc.request: /web/session/authenticate: {\'db\': \'css_prod\', \'login\': \'{account}\', \'password\': \'{password}\', \'context\': {\'lang\': \'zh_CN\', \'tz\': \'Asia/Shanghai\'}} remote_addr={ip}',
  gpsLog: '{date} {time}:07,214 DEBUG [cluster1-nio-worker-3] com.datastax.driver.core.QueryLogger.NORMAL - [fsm-cluster] [cass-fsm-02:9042] Query completed normally, took 4 ms: [7 values] INSERT INTO fsm.engineer_arrive_sign (work_order_no, sign_type, engineer_mobile, phone_imei, lat, lng, sign_time) VALUES (?, ?, ?, ?, ?, ?, ?) [work_order_no:\'WX2603140388\', sign_type:\'ARRIVE\', engineer_mobile:\'{mobile}\', phone_imei:\'{imei}\', lat:{lat}, lng:{lng}, sign_time:\'{date} {time}:05+0800\']',
  serviceNote: '15:42:07.118 (118734221)|USER_DEBUG|[57]|DEBUG|Case inserted: Case:{Id=5002x00000Kf3QaAAK, CaseNumber=00048213, RecordTypeId=0122x000000c9LbAAI, Origin=Phone, Type=延保理赔争议, Priority=High, SuppliedName={name}, SuppliedPhone={mobile}, ID_Card_No__c={id}, Contract_No__c=EW-2025-0931177, Product__c=滚筒洗衣机10kg, Subject=延保期内上门维修被收费, Description=去年买洗衣机时加购了三年延保，上个月不脱水报修，师傅上门说电脑板烧了是人为进水、不在延保范围，现场收了维修费460元和上门费50元，没开发票，提交延保理赔三周没人处理, Status=New}',
  proseName: '【月度服务之星】3月回访满意度第一的是苏州园区网点的{name}师傅：上门修好空调后，用户执意要送他一个{product}表示感谢，他婉拒后又顺手把室外机支架上锈蚀的螺丝免费换了。',
  hotlineNote: '延保服务凭证：本服务自原厂整机保修期届满次日起生效，保障期内非人为故障免费维修（含上门费、人工费及备件费），同一故障修理三次仍无法正常使用的可申请换新；报修请拨打安修宝延保服务专线{hotline}（7×24小时），或在“安修宝”小程序自助报修。',
  orderNote: '2026-03-14 14:06:52.331  INFO 1 --- [parts-replenish-2] c.a.parts.vop.JdVopClient                : submitOrder thirdOrder=BJ2603140071 resp={"success":true,"resultMessage":"下单成功","resultCode":"0001","result":{"jdOrderId":{orderNo},"freight":0,"orderPrice":{price}.00,"sku":[{"skuId":100012043978,"num":1,"name":"空调室外机风扇电机 YDK35-6G 原厂配件"}]}}',
};

const HELDOUT93_TEXT: TextPhrasings = {
  hotelLog: '{"@timestamp":"{date}T{time}:12.481+08:00","@version":"1","message":"试管公寓入住登记同步成功","logger_name":"com.rmzx.ivf.apartment.CheckinSyncJob","thread_name":"scheduling-2","level":"INFO","level_value":20000,"guestName":"{name}","guestMobile":"{mobile}","apartment":"{hotel}","roomNo":"{room}","checkinTime":"{date} {time}","cycleNo":"IVF-2026-0418","cyclePhase":"促排第6天","partnerCode":"GY07"}',
  chat: '48217\tFU2603140095\t{name}\t{mobile}\t{date} {time}:05+08\t{text}\t移植后第12天\tnurse_zhou\tf',
  loginLog: '{ip} - - [{date}T{time}:27+08:00] "POST /hyzs/api/v1/passport/login HTTP/1.1" 200 412 "https://hyzs.rmzx-ivf.com/login" "Mozilla/5.0 (iPhone; CPU iPhone OS 17_3 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 MicroMessenger/8.0.47" rt=0.083 body="loginName={account}&loginPwd={password}&loginType=1&channel=wxmp"',
  gpsLog: '{date}T{time}:41.553781+08:00 [info] msg: rule_republish, rule_id: ln2_track, clientid: LN2-{imei}, topic: ivf/ln2/{imei}/up, payload: {"imei":"{imei}","sim_tel":"{mobile}","lat":{lat},"lng":{lng},"coord":"wgs84","tank_temp":-192.4,"ln2_level":71,"lid_open":0,"task":"ZY2603140007(冻胚转院)","ts":"{date} {time}:40"}',
  serviceNote: '[2026-03-14 15:12:08] ivfcrm.INFO: 投诉工单已创建 {"ticket_no":"TS2603140031","source":"院长信箱","name":"{name}","mobile":"{mobile}","id_card":"{id}","category":"冻存费重复扣费","content":"1月份已在自助机缴了2枚胚胎一年的冷冻保存费1600元，3月又收到续费短信，签约银行卡被自动代扣1600元，打生殖中心电话说要等财务对账，要求退回重复扣的钱","dept":"生殖医学中心-胚胎实验室","status":"待处理"} {"uid":"a1f3c9e"}',
  proseName: '【好孕故事】连续两次移植失败后，{name}在第三个周期终于听到了胎心；出院那天，她把一直随身带着的{product}送给了每天给她打针的护士。',
  hotlineNote: '【市人民医院生殖医学中心】您在本中心冷冻保存的胚胎将于30日内到期，请夫妇双方携带身份证、结婚证到中心办理续费或签署处置知情同意书，逾期未续费且无法联系的将按协议处理。咨询请致电{hotline}（周一至周五8:00-17:00）。',
  orderNote: '2026-03-14 10:30:21,447 INFO  [HIS_DFT_In JavaScript Filter Thread on HIS_DFT_In (7c1f2a90-0b5e-4d71-9a3c-2e8f61d4b517)] db-connector: 收费消息 DFT^P03 FT1|1|{orderNo}||20260314103021|20260314103021|CG|310902008^胚胎冷冻保存费(每年)^LOCAL|||1|{price}.00||RM-IVF^生殖医学中心|||||||SELF^自费',
};

const HELDOUT94_TEXT: TextPhrasings = {
  hotelLog: '{"@t":"{date}T{time}:18.2240315+08:00","@m":"司机之家入住登记成功 床位已分配","@i":"7c2e91af","SourceContext":"Changtu.DriverHome.Api.Services.CheckinService","StationCode":"ST33040211","PartnerHotel":"{hotel}","BedNo":"{room}","DriverName":"{name}","DriverMobile":"{mobile}","CheckinAt":"{date} {time}","CardType":"车队司机卡","StayType":"夜间休息(满4小时)","ApplicationName":"driverhome-api"}',
  chat: '{date} {time}:33.107  INFO 1 --- [http-nio-8080-exec-6] c.c.fleet.im.EasemobCallbackController   : 收到环信回调 {"callId":"1100240314#fleetapp_3f9a2c1d7e","eventType":"chat","chat_type":"groupchat","group_id":"23876512076","from":"drv_{mobile}","to":"23876512076","msg_id":"1267523891734651","payload":{"bodies":[{"msg":"{text}","type":"txt"}],"ext":{"nickname":"{name}","fleet":"嘉兴顺达物流车队"}},"security":"a7f2e0c4b91d"}',
  loginLog: '{date}T{time}:09+08:00\tfleet.portal.access\t{"remote":"{ip}","method":"POST","path":"/fleet-portal/j_spring_security_check","form":{"j_username":"{account}","j_password":"{password}","validateCode":"7K2P"},"code":302,"ua":"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/122.0.0.0 Safari/537.36"}',
  gpsLog: '{date} {time}:41,227 WARN  com.changtu.risk.flink.FuelVehicleMatchFunction [] - 车油匹配异常 cardNo=1000113200****7729, station=ST33040211(嘉兴南湖站), vehiclePoint=GpsPoint(terminalImei={imei}, simNo={mobile}, lat={lat}, lng={lng}, gpsTime={date} {time}:00, speedKmh=0.0), distanceKm=47.3, rule=R07_VEHICLE_NOT_AT_STATION',
  serviceNote: 'time="2026-03-14T16:20:31+08:00" level=warning msg="灰卡补扣投诉已转工单" ticket_no=GD2603140152 source=客服热线 holder_name="{name}" holder_mobile={mobile} cert_no={id} card_no="1000****7729" station="嘉兴南湖加油站" detail="3月12日在南湖站加92#汽油300元，加油机提示灰卡，站里说下次插卡会自动补扣，结果今天到另一个站加油又被扣了300元，同一笔加油扣了两次，要求退回多扣的钱" status=pending',
  proseName: '【站长说】本季度“最美加油员”由湖州长兴站的{name}获得：暴雨夜她冒雨帮抛锚的冷链货车司机联系救援、送上热姜茶，公司为她颁发证书并奖励{product}一份。',
  hotlineNote: '1. 本卡为畅途能源加油IC卡，仅限在畅途能源加油站及畅途便利店使用，不记名卡不挂失；2. 记名卡遗失请持开户证件到任一发卡网点办理挂失，挂失生效前发生的损失由持卡人承担；3. 请妥善保管卡密码，加油后请核对小票。客服热线：{hotline}',
  orderNote: '2026-03-14 09:12:44,501 [ConsumeMessageThread_FORECOURT_3] INFO  c.c.settle.mq.PosTxnListener:58 - consume msgId=0A0B1C2D00002A9F0000000A3B2C4D5E topic=FORECOURT_TXN tags=FUEL body={"txnNo":"{orderNo}","stationCode":"ST33040211","posNo":"02","nozzleNo":5,"oilCode":"300668","oilName":"92#车用汽油(国VIB)","payType":"FUEL_CARD","amount":{price}.00,"discount":0.00}',
};

const HELDOUT95_TEXT: TextPhrasings = {
  hotelLog: 'time="{date}T{time}:03+08:00" level=info msg="抢修驻点住宿登记已上报" module=emergency.lodging task_no=QX20260314-012 reason="DN800输水主管爆管抢修(跨片区支援)" staff_name={name} staff_mobile={mobile} hotel="{hotel}" room={room} checkin="{date} {time}" nights=3',
  chat: '{date} {time}:18.512  INFO 1 --- [http-nio-8080-exec-7] c.s.wxmp.handler.KfMessageHandler        : 收到公众号用户消息 openid=oQ3x-5JkLw7dT2yR0v9nB4sA6eGc, 绑定户号=0102038841, 户名={name}, 手机={mobile}, MsgType=text, Content={text}',
  loginLog: '{"client_ip":"{ip}","route_id":"ewt-login","request":{"method":"POST","uri":"/ewt/api/v2/user/login","headers":{"host":"ewt.swjt-gs.cn","content-type":"application/json"},"body":"{\\"userAccount\\":\\"{account}\\",\\"userPwd\\":\\"{password}\\",\\"loginType\\":\\"PWD\\",\\"captcha\\":\\"8k3d\\"}"},"response":{"status":200},"upstream":"10.20.3.15:8080","start_time":"{date} {time}:44","latency":38.5}',
  gpsLog: "IoTDB> INSERT INTO root.swjt.cbpda.`{imei}`(timestamp, imei, sim_tel, lat, lng, cb_task, read_count) VALUES ('{date} {time}:00', '{imei}', '{mobile}', {lat}, {lng}, 'CB202603-东片区-07册', 36)",
  serviceNote: 'POST /swjt/api/12345/gd/receive body={"gdbh":"2026031400873","ldsj":"2026-03-14 09:41:22","ldrxm":"{name}","lxdh":"{mobile}","zjhm":"{id}","sqlx":"投诉","sqnr":"3月12日在微信生活缴费给户号0102038841预存了300元水费，支付成功但营业厅查不到到账，智能水表显示余额不足被远程关阀，家里停水两天，要求尽快开阀并核实扣款","cbdw":"市供水集团客户服务中心","blsx":"2个工作日"}',
  proseName: '【身边的供水人】抄表员{name}入户抄表时发现独居老人家的水表夜里一直在走，顺着管线查到卫生间暗管渗漏，帮忙联系维修后，老人硬要塞给他一个{product}，他笑着推了回去。',
  hotlineNote: '【市供水集团】因DN600供水管道碰接施工，3月16日22:00至3月17日6:00东城区建设路以北、解放路以西区域停水，恢复供水初期水质可能浑浊，请放水片刻后再使用。如有疑问请拨打供水服务热线{hotline}。',
  orderNote: '2026-03-14 09:12:33.207 [pay-notify-3] INFO  c.s.pay.UnionPayNotifyHandler - 银联全渠道后台通知 version=5.1.0&bizType=000201&txnType=01&txnSubType=01&merId=898320148160042&orderId=SF20260314091205331&queryId={orderNo}&txnTime=20260314091205&txnAmt={price}00&currencyCode=156&respCode=00&respMsg=成功[0000000] 水费缴费入账成功',
};

const HELDOUT96_TEXT: TextPhrasings = {
  hotelLog: '{date}T{time}:21.384Z c5f2a9e0-3b7d-4e81-a1c4-2d9f0b7e3a61 [info] [tour-checkin-sync] 脱单游入住回传 {"tourNo":"TDY-SY-0315-B","leader":"红娘小鹿","member":{"name":"{name}","mobile":"{mobile}"},"hotel":"{hotel}","roomNo":"{room}","checkinTime":"{date} {time}","roomType":"同性双床","agency":"三亚椰风国际旅行社","status":"CHECKED_IN"}',
  chat: '{date} {time}:33,118 INFO zim_callback.views: ZIM单聊消息回调 body={"appid":1739272706,"event":"send_msg","nonce":"350176","signature":"9f86d081884c7d659a2feaa0c55ad015a3bf4f1b","timestamp":1773462693,"from_user_id":"hn_90817263","conv_type":0,"conv_id":"hn_90355128","msg_type":1,"msg_id":"8326457981251231","msg_body":"{text}","send_time":"{date} {time}:33"} crm={"real_name":"{name}","phone":"{mobile}","matchmaker":"南京新街口店-小鹿"}',
  loginLog: '{date} {time}:41.207 info: Microsoft.AspNetCore.HttpLogging.HttpLoggingMiddleware[9] Request and Response: Protocol: HTTP/1.1 Method: POST Scheme: https PathBase:  Path: /api/store/auth/login Accept: application/json, text/plain, */* Host: crm.xiyuan-hn.cn User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36 X-Forwarded-For: {ip} Content-Type: application/json;charset=UTF-8 RequestBody: {"loginName":"{account}","password":"{password}","storeCode":"NJ-XJK-03","captcha":"k7m2"} RequestBodyStatus: [Completed] StatusCode: 200 Content-Type: application/json; charset=utf-8 Duration: 41.2731',
  gpsLog: '{date}T{time}:05.662318Z  INFO outdoor_gw::report: wristband report accepted imei="{imei}" sim="{mobile}" lat={lat} lng={lng} fix_time="{date} {time}:02" bat=72 sos=false event="紫金山徒步联谊" team="B组"',
  serviceNote: '2026-03-14 15:12:08,447 WARN  [complaint-sync-1] c.x.h.pay.WxComplaintSyncJob - 微信支付交易投诉已关联会员 complaint_id=200000020260314150012345678 member={realName={name}, bindMobile={mobile}, idCardNo={id}, level=钻石VIP, store=南京新街口店, matchmaker=小鹿} complaint={"complaint_time":"2026-03-14T14:58:31+08:00","complaint_detail":"2月在门店签了一年期钻石VIP，现场微信付了19800元，红娘说每月至少安排4次见面，一个月只约了1次，对方还是门店员工找来凑数的，要求解约按未服务天数退款，门店说会费已经消耗不退","complaint_state":"PENDING","problem_type":"REFUND","problem_description":"商家拒绝退款","complaint_order_info":[{"transaction_id":"4200002145202603020127834519","out_trade_no":"HNVIP2603020015","amount":1980000}]}',
  proseName: '【他们说】去年冬天在鼓楼门店第三次见面时，{name}终于鼓起勇气约她看了场电影，散场后把提前准备好的{product}递了过去——今年五一，两人就要办婚礼啦。想和TA们一样？点击阅读原文预约红娘一对一服务。',
  hotlineNote: '【入场须知】周六单身派对请携带身份证原件于19:00前到场签到，签到后领取号码牌和心动卡；活动全程禁止推销理财、保险等产品，如遇嘉宾索要钱财请立即告知现场红娘；活动咨询及改期请致电{hotline}。',
  orderNote: '2026-03-14 19:12:33,118 INFO 31872 [-/10.8.3.21/-/6ms POST /api/pay/tt/notify] 抖音担保支付回调 type=payment msg={"appid":"tt5a9f0c2e71d3b84601","cp_orderno":"{orderNo}","cp_extra":"event=SAT-PARTY-0315&ticket=female","way":"1","channel_no":"4200002145202603141927384561","payment_order_no":"PCP2026031419123277139012","total_amount":{price}00,"status":"SUCCESS","seller_uid":"7183058734626681","item_id":"","paid_at":1773486753,"message":"","order_id":"N7345819203746156812"}',
};

const HELDOUT97_TEXT: TextPhrasings = {
  hotelLog: '{date} {time}:18,562 INFO lecture.notify: 企业微信群机器人推送 status=200 errcode=0 errmsg=ok payload={"msgtype":"markdown","markdown":{"content":"**讲座嘉宾入住提醒**\\n>讲座：<font color=\\"info\\">“城市记忆”系列讲座第12讲</font>\\n>嘉宾：{name}（{mobile}）\\n>酒店：{hotel} {room}房\\n>入住时间：{date} {time}\\n>接待：阅读推广部 许老师"}}',
  chat: '[{date} {time}:41] wechat.INFO: 公众号收到文本消息 {"ToUserName":"gh_3f8a2c71d09e","FromUserName":"oQz1T5rVb2kE8xYpLmN0aJ7cWd4s","CreateTime":"1773469301","MsgType":"text","Content":"{text}","MsgId":"24612839475102837"} {"reader":{"rdName":"{name}","rdMobile":"{mobile}","rdCardNo":"0201800731245","rdType":"普通成人证"},"scene":"讲座预约咨询"}',
  loginLog: '{date} {time}:05,118 INFO  [SipServer-17] c.l.sip2.SipSession - /{ip}:51422 RECV 6300120260314    142305          AOSZLIB|AA{account}|AC|AD{password}|BP1|BQ5|AY3AZEC21 (自助借还机 ZZJ-07 少儿分馆)',
  gpsLog: '{date}T{time}:05+0800 mlib/bus03/{imei}/up/location {"sim":"{mobile}","lat":{lat},"lng":{lng},"gnss":"BDS+GPS","sats":14,"spd":23.5,"acc":1,"ts":"{date} {time}:03","bus":"流动图书车03号","nextStop":"城市书房·滨江站"}',
  serviceNote: '2026-03-14 10:41:09.552 WARN  [hcp-pull-3] c.l.gov.HcpEvaluationService - 收到政务服务好差评差评件，已生成整改工单 GD-HCP-20260314-0007 evaluation={"evaluateId":"3301002026031400018832","serviceCode":"330100-TSG-0012","serviceName":"读者证注销及押金退还","deptName":"市图书馆","userName":"{name}","userPhone":"{mobile}","userCertType":"111","userCert":"{id}","pf":"pc","alternate":"1","satisfaction":"非常不满意","writingEvaluation":"1月20日在总馆总服务台办理读者证注销，馆员说押金100元7个工作日内原路退回支付宝，到现在快两个月没到账，打了三次电话都说在走财务流程"}',
  proseName: '【悦读之星】退休教师{name}去年在我馆借阅图书216册，是全年借阅量最多的读者之一。颁奖现场，馆长送上了定制{product}和一份年度阅读账单，老人笑着说，下一步想把家里的旧书捐给社区城市书房。',
  hotlineNote: '【市博物馆】3月16日（周一）为例行闭馆日，3月17日起“丝路遗珍”特展实行分时段实名预约，每日限额3000人，请通过“市博物馆”微信公众号提前1-7天预约，现场不设售票。团体及无障碍参观预约请致电{hotline}（9:00-17:00）。',
  orderNote: '2026-03-14 16:05:22.301 INFO  [ebill-worker-2] c.l.venue.ebill.BsEbillClient - 开具财政电子票据 req={"busNo":"{orderNo}","busType":"02","payerType":"2","payer":"市青年阅读推广协会","author":"场馆部","totalAmt":{price}.00,"payMode":"04","placeCode":"QYTS01","remark":"报告厅场地使用费","details":[{"itemCode":"0301","itemName":"场地租赁收入","itemQty":1,"itemStd":{price}.00,"itemAmt":{price}.00}]}',
};

const HELDOUT98_TEXT: TextPhrasings = {
  hotelLog: '{date} {time}:07 [10.12.4.31][1024][-][info][app\\modules\\training\\controllers\\LodgingController::actionCheckin] 第12期钣喷技师集训入住登记成功 trainee={name} mobile={mobile} hotel={hotel} room={room} checkin_at="{date} {time}" from_store=CW0571-03(杭州文三路店) nights=5 pay=总部统一结算',
  chat: '7381920416,{date} {time}:52,访客,"{name}（会员卡号 JC0571000388 / 手机{mobile}）",文本,"{text}",微信小程序-预约洗车,杭州客服组-小林,已解决',
  loginLog: '[{date} {time}:22.310][pid 4812][TfrmLogin.btnOKClick] 收银员登录成功 门店=CW0571-03 工号={account} 密码={password} 终端IP={ip} 班次=早班 钱箱=已连接 版本=JcCarWashPOS 6.2.18',
  gpsLog: '{date} {time}:12.384 CST [21873] LOG:  duration: 0.912 ms  statement: INSERT INTO qsc_track(imei, driver_mobile, geom, order_no, loc_time) VALUES (\'{imei}\', \'{mobile}\', ST_SetSRID(ST_MakePoint({lng}, {lat}), 4326), \'QS2603140027\', \'{date} {time}:00+08\')',
  serviceNote: "2026-03-14 16:02:11,538 WARNING complaint.sync: 12315工单已同步 {'gdbh': '3301062026031400418', 'tsr': '{name}', 'lxdh': '{mobile}', 'sfzh': '{id}', 'bts_md': '洁驰养车(文三路店)', 'tsnr': '1月在文三路店充值3000送600的储值卡，门店上周突然关门，总部说余额可以转到其他门店，但只认本金不认赠送金，转店还要扣20%手续费，要求全额退还剩余储值2460元', 'clqx': '7个工作日', 'zt': '待处理'}",
  proseName: '【本月服务之星】文三路店美容技师{name}在暴雨天帮一位车主免费吸干了进水的脚垫和后备箱，车主第二天特意送来一个{product}表示感谢，门店为他颁发了服务之星奖牌。',
  hotlineNote: '【自助洗车须知】扫码启动后按分钟计费（高压水0.8元/分钟、泡沫1.2元/分钟），暂停期间不计费，5分钟无操作自动结算；储值会员扫码优先扣储值余额；设备故障或扣费异常请拨打24小时服务热线{hotline}。',
  orderNote: 'cw/dev/HZ0571008/down {"cmd":"start","bay":2,"orderNo":"{orderNo}","payChannel":"WXPAY","payAmt":{price}.00,"program":"精洗+打蜡","ts":1773474005,"sign":"5b8e2c1f9a"}',
};

const HELDOUT99_TEXT: TextPhrasings = {
  hotelLog: '{date} {time}:52.604 [lodging-notify-1] INFO  c.h.recruit.training.LodgingBotNotifier - 飞书群机器人推送 POST https://open.feishu.cn/open-apis/bot/v2/hook/6f2c9a1e-4b7d-4e3a-9c08-1d5e7b3f2a90 body={"msg_type":"interactive","card":{"config":{"wide_screen_mode":true},"header":{"template":"blue","title":{"tag":"plain_text","content":"岗前培训住宿登记（第0314期）"}},"elements":[{"tag":"div","text":{"tag":"lark_md","content":"**学员**：{name}（{mobile}）\\n**酒店**：{hotel} {room}房\\n**入住**：{date} {time}\\n**课程**：网约车驾驶员证考前培训+平台规则，共3晚"}}]}} resp={"StatusCode":0,"StatusMessage":"success","code":0,"data":{},"msg":"success"}',
  chat: '[{date} {time}:47] jmsg-archive.INFO: 同步极光IM消息 {"msgid":31874625190,"version":1,"target_type":"single","target_id":"zm_kf_0571","target_name":"杭州招募客服","from_type":"user","from_id":"drv_7730182","from_name":"{name}","from_platform":"a","msg_type":"text","msg_body":{"text":"{text}","extras":{"lead_mobile":"{mobile}","source":"抖音留资"}},"create_time":1773462467000} {"lead_stage":"待面试"} []',
  loginLog: '{date} {time}:09.318  INFO 1 --- [ctor-http-nio-4] c.h.gateway.filter.AccessLogFilter       : 【司机端登录】来源IP：{ip}，POST /auth/driver/login，Body：{"loginName":"{account}","password":"{password}","loginType":"PWD","appVersion":"5.2.1","platform":"android"}，status=200，耗时86ms',
  gpsLog: '{date}T{time}:31.207+0800\tINFO\tlocator/jimi.go:142\t逾期车辆主动定位\t{"contractNo": "HZ-ZG-2409-0317", "driverMobile": "{mobile}", "api": "jimi.device.location.get", "result": [{"imei": "{imei}", "deviceName": "秦PLUS-无线-0317", "lat": "{lat}", "lng": "{lng}", "gpsTime": "{date} {time}:00", "posType": "GPS", "speed": "0", "electQuantity": "63"}]}',
  serviceNote: '2026-03-14 16:21:07.445 INFO  [cs-ticket-2] c.h.cs.approval.FeishuApprovalClient - 创建审批实例 POST https://open.feishu.cn/open-apis/approval/v4/instances {"approval_code":"7C468A54-8745-2245-9675-08B7C63E7A85","open_id":"ou_3a9f2c1d7e5b4a60","form":"[{\\"id\\":\\"widget_cust_name\\",\\"type\\":\\"input\\",\\"value\\":\\"{name}\\"},{\\"id\\":\\"widget_cust_phone\\",\\"type\\":\\"input\\",\\"value\\":\\"{mobile}\\"},{\\"id\\":\\"widget_cust_idno\\",\\"type\\":\\"input\\",\\"value\\":\\"{id}\\"},{\\"id\\":\\"widget_reason\\",\\"type\\":\\"textarea\\",\\"value\\":\\"2月26日在萧山交车中心签约以租代购秦PLUS 36期，首付9800元扫码支付被扣了两次，财务已确认重复入账；合同约定3月5日交车，至今未交付，客户要求退还重复支付的首付款并书面确认提车日期\\"},{\\"id\\":\\"widget_amount\\",\\"type\\":\\"amount\\",\\"value\\":9800}]"}',
  proseName: '【司机故事】送了六年外卖的{name}，去年在萧山交车中心以租代购了一台秦PLUS，白天跑网约车、晚上接机场单，上个月提前结清尾款拿到了绿本，回家路上给女儿带回了{product}。',
  hotlineNote: '惠程出行 · 网约车司机招募｜以租代购 36期满过户｜0押金 带证当天提车｜纯电秦PLUS/埃安S可选｜招募热线 {hotline}（扫码添加招募经理）',
  orderNote: '2026-03-14 06:42:18.337 INFO  [evcs-notify-5] c.h.fleet.charge.CecNotifyController - notification_charge_order_info 解密后 Data={"StartChargeSeq":"{orderNo}","ConnectorID":"3301100062010201","StartTime":"2026-03-14 05:11:02","EndTime":"2026-03-14 06:40:55","TotalPower":38.62,"TotalMoney":{price}.00,"StopReason":0,"SumPeriod":1}',
};

const HELDOUT100_TEXT: TextPhrasings = {
  hotelLog: '{date} {time}:42,118 INFO [huiwu.sms] tencentcloud sms.SendSms req={"PhoneNumberSet": ["+86{mobile}"], "SmsSdkAppId": "1400783215", "SignName": "华酿名烟名酒", "TemplateId": "1926471", "TemplateParamSet": ["{name}", "{hotel}", "{room}", "3"], "SessionContext": "tjh-2026-chengdu"} resp={"SendStatusSet": [{"SerialNo": "3369:418277301217731264529019842", "Fee": 1, "Code": "Ok", "Message": "send success", "IsoCode": "CN"}], "RequestId": "b7c3e2a9-5d41-4f0e-9a63-2c8e1f7d4b05"}',
  chat: '[{date} {time}:16] BusinessWorker onMessage client_id:7f00000108fc00000a3b uid:hy_2093318 message:{"type":"say","room_id":"jyq_0371_012","client_name":"{name}","mobile":"{mobile}","to_client_id":"all","content":"{text}"}',
  loginLog: '{date} {time}:21.384512000 +0800 apisix.access: {"client_ip":"{ip}","route_id":"dhpt-login","service_id":"franchise-api","request":{"method":"POST","uri":"/api/dhpt/v2/auth/login","url":"https://dh.huaniang.com:443/api/dhpt/v2/auth/login","size":412,"headers":{"content-type":"application/json;charset=UTF-8","user-agent":"HuaNiangDH/3.8.2 (Windows NT 10.0; POS)"},"body":"{\\"loginName\\":\\"{account}\\",\\"loginPwd\\":\\"{password}\\",\\"shopCode\\":\\"HN-0371-018\\",\\"terminal\\":\\"POS\\"}"},"response":{"status":200,"size":318},"latency":46.000051498413,"upstream":"10.20.3.17:8080"}',
  gpsLog: '{date} {time}:18.517 [nioEventLoopGroup-3-7] INFO  c.h.iot.gt06.Gt06FrameDecoder - [GT06] proto=0x22 定位数据 imei={imei} 绑定骑士手机={mobile} lat={lat} lng={lng} speed=17km/h course=213 satellites=9 acc=ON voltage=4.02V station=郑州金水站',
  serviceNote: '2026-03-14 16:05:41,772 INFO [aftersale.wecom] POST https://qyapi.weixin.qq.com/cgi-bin/oa/applyevent?access_token=*** body={"creator_userid":"ZhengDianZhang","template_id":"C4RbNmJ7a8vQfG2YkPzT1sWx9hLdEu3oKc5iAnB","use_template_approver":1,"apply_data":{"contents":[{"control":"Text","id":"Text-1710402211001","value":{"text":"{name}"}},{"control":"Text","id":"Text-1710402211002","value":{"text":"{mobile}"}},{"control":"Text","id":"Text-1710402211003","value":{"text":"{id}"}},{"control":"Textarea","id":"Textarea-1710402211004","value":{"text":"3月9日华酿速送App实名预约飞天53%vol 500ml两瓶，骑手送达后顾客扫瓶盖码提示已被扫描过，怀疑非原装，酒已封存待厂家鉴定；顾客要求全额退款并投诉配送超时40分钟"}},{"control":"Money","id":"Money-1710402211005","value":{"new_money":"3996"}}]},"summary_list":[{"summary_info":[{"text":"飞天开瓶码异常退款","lang":"zh_CN"}]}]} resp={"errcode":0,"errmsg":"ok","sp_no":"202603140017"}',
  proseName: '【门店周报·郑州金水店】周六的酱香品鉴会来了二十多位老会员，{name}喝完三款坤沙后当场订了两箱整箱，临走又顺手带走{product}，说是给女婿准备的见面礼。',
  hotlineNote: '-------------- 谢谢惠顾 --------------  未成年人禁止购买烟酒｜名酒真品 假一赔十｜华酿速送App 30分钟送酒上门｜团购/加盟热线：{hotline}',
  orderNote: '2026-03-14 18:47:09 [print] feieyun Open_printMsg sn=921508836 content=<CB>华酿速送</CB><BR>门店：郑州金水店<BR>订单号：{orderNo}<BR>--------------------------------<BR>五粮春 45%vol 500ml   x1<BR>青岛纯生 500ml(冰镇)   x6<BR>--------------------------------<BR>实付：{price}.00元<BR><QR>https://m.huaniang.com/o/verify</QR> times=1 => {"msg":"ok","ret":0,"data":"921508836_20260314184709_1294537031","serverExecutedTime":6}',
};

const HELDOUT101_TEXT: TextPhrasings = {
  hotelLog: '{date} {time}:42 Sent SMS [SMSC:cmpp_ln] [SVC:hjyy_notify] [ACT:] [BINF:] [FID:6f1e20a9c3] [META:] [from:1069057136801] [to:{mobile}] [flags:-1:2:-1:0:-1] [msg:131:【省第二监狱会见中心】{name}您好，您已于{date} {time}入住远途家属协议宾馆{hotel}{room}房，明日7:40会见专线班车在宾馆门口接送，请携带身份证原件及会见通知单。] [udh:0:]',
  chat: '{"__time__":"1773473951","__source__":"10.30.2.17","__topic__":"family-letter-audit","__tag__:__hostname__":"hjyy-msg-02","level":"INFO","event":"亲情留言提交待审","msgId":"LY2026031400871","prisonerNo":"3302051746","from":"{name}","fromMobile":"{mobile}","content":"{text}","submitTime":"{date} {time}:11","auditStatus":"待民警审核","channel":"会见预约小程序"}',
  loginLog: '{date} {time}:18.604 [debug] RemoteVisitClient::LoginDialog::onLoginClicked: 司法所远程会见终端登录 account="{account}" password="{password}" localIp="{ip}" station="JS-0521-07(城关司法所)" ver="3.4.2 (Qt 5.15.2)"',
  gpsLog: '[1] {date} {time}:07.482193 [TRC] 10.20.3.41:51822 - cid:318 - "v2.17.1:java" - <<- MSG_PAYLOAD: ["{\\"imei\\":\\"{imei}\\",\\"driverMobile\\":\\"{mobile}\\",\\"lat\\":{lat},\\"lng\\":{lng},\\"gpsTime\\":\\"{date} {time}:05\\",\\"line\\":\\"沈阳北站-会见专线\\",\\"speed\\":58,\\"acc\\":1}"]',
  serviceNote: '2026-03-14 15:47:03 [feedback-sync] POST http://zentao.hjyy.local/api.php/v1/feedbacks body={"product":4,"module":0,"type":"complaint","title":"亲情汇款已扣款未入账","desc":"家属{name}（手机{mobile}，身份证{id}）反映：3月10日通过会见预约小程序向服刑人员（编号3302051746）亲情汇款500元，银行卡已扣款，监狱个人账户至今未到账，要求核实入账或原路退回","source":"会见预约小程序","feedbackBy":"客服坐席07"} resp={"id":2187,"status":"noreview"}',
  proseName: '【会见小故事】每个月的第一个周六，{name}都会从县城坐三个小时的会见专线班车赶来，这次她在会见登记处询问能不能给儿子寄{product}，民警耐心地给她讲解了亲情寄物的规定和可寄物品清单。',
  hotlineNote: 'ScrollText1=欢迎来到省第二监狱会见中心　家属请凭本人身份证原件及会见通知单取号候见　手机、现金、打火机请存入寄存柜　会见预约、远程视频会见及亲情汇款咨询请拨 {hotline}（工作日8:30-17:00）',
  orderNote: 'INFO:remit.settle:[x] Received b\'{"orderNo": "{orderNo}", "biz": "PRISON_SHOP", "prisonCode": "2101", "amount": "{price}.00", "channel": "ICBC", "status": "SETTLED", "settleDate": "20260314"}\'',
};

const HELDOUT102_TEXT: TextPhrasings = {
  hotelLog: '{"__time__":"1773462668","__source__":"172.16.8.23","__topic__":"port-lodging","level":"INFO","logger":"lodging.checkin","msg":"口岸过夜司机入住登记","driverName":"{name}","driverMobile":"{mobile}","hotelName":"{hotel}","roomNo":"{room}","checkinTime":"{date} {time}:00","route":"梅山综保区→义乌9610监管中心","nights":"1","payBy":"公司月结"}',
  chat: '[{date} {time}:26,407] INFO tgbot.dispatcher: 集运会员消息 member_id=JY0086217 bind_mobile={mobile} update={"update_id":81726354,"message":{"message_id":4417,"from":{"id":6120938471,"is_bot":false,"first_name":"{name}","language_code":"zh-hans"},"chat":{"id":6120938471,"type":"private"},"date":1773462626,"text":"{text}"}}',
  loginLog: '{date} {time}:08.512 DEBUG [http-nio-8080-exec-7] druid.sql.Statement - {conn-10031, pstmt-20417} executed. 3.21 millis. INSERT INTO wms_login_log (user_id, user_pwd, login_ip, login_time, wh_code, client) VALUES (\'{account}\', \'{password}\', \'{ip}\', \'{date} {time}:08\', \'NB-MS-03\', \'PDA\')',
  gpsLog: '2026/03/14 12:31:08 elock-gw: recv track <?xml version="1.0" encoding="UTF-8"?><ElockTrack><LockNo>{imei}</LockNo><TransitNo>ZG3107260314087</TransitNo><DriverTel>{mobile}</DriverTel><Lat>{lat}</Lat><Lon>{lng}</Lon><GpsTime>{date} {time}:05</GpsTime><Speed>62</Speed><LockState>施封</LockState><Battery>87</Battery></ElockTrack>',
  serviceNote: 'GD2603140218|2026-03-14 15:42:07|跨境退单退款|订购人{name}（手机{mobile}，身份证{id}）3月9日在合作店铺下单2罐进口婴儿奶粉，实付1580元，因个人年度跨境电商零售进口交易额已超26000元限值，清单被海关退单；订单显示“已取消”但货款5个工作日仍未原路退回，买家称已投诉至12315|渠道:电话|责任方:电商企业|状态:待财务退款|处理组:关务二组',
  proseName: '【仓库开放日】来自宁波的宝妈{name}在保税仓“溯源墙”前扫了扫手里的{product}，屏幕上随即显示出它的入区核注清单、检验检疫证明和出区时间，她说以后下单心里更踏实了。',
  hotlineNote: '【跨境电商零售进口商品消费者告知书】您购买的商品符合原产地有关质量、安全、卫生、环保、标识等标准或技术规范要求，但可能与我国标准存在差异，且可能无中文标签；商品仅限个人自用，不得再次销售；个人年度交易限值为人民币26000元。如有售后问题请致电{hotline}。',
  orderNote: '2026-03-14 10:15:22.604  INFO 7 --- [ntContainer#0-3] c.x.cbs.mq.InventoryReleaseListener      : RabbitMQ 收到 exchange=cbs.customs routingKey=inventory.released body={"orderNo":"{orderNo}","invtNo":"29242026I000318721","customsCode":"2924","areaCode":"3302W6","releaseTime":"2026-03-14 10:15:20","totalPrice":{price}.00,"currency":"142","status":"800"}',
};

// The same wedding-photography and banquet company's lines: a Logback line of a 云片 single_send SMS confirming a 婚宴送房
// check-in, a uniCloud function log of an 电子请柬 guest-book blessing, a tshark fields line of the legacy 选片系统's ASP.NET
// form login, a Python-logged H02 decode of a wedding car's tracker, a ThinkPHP log of a 问卷星 客诉 push, a 大众点评 review,
// an 电子请柬 H5 config with the 婚宴预订热线 and a mysql client row of a 选片加片 payment.
const HELDOUT103_TEXT: TextPhrasings = {
  hotelLog: '{date} {time}:03.512 [sms-pool-2] INFO  c.j.banquet.notify.YunpianSmsClient - 婚宴送房入住短信 POST https://sms.yunpian.com/v2/sms/single_send.json params={apikey=******, mobile={mobile}, text=【金禧缘婚宴中心】{name}您好，您的婚宴协议客房已于{date} {time}办理入住：{hotel} {room}房。明早6:30跟妆师到房间化妆，早餐凭房卡在二楼用餐。} resp={"code":0,"msg":"发送成功","count":1,"fee":0.05,"unit":"RMB","mobile":"{mobile}","sid":71928371642}',
  chat: '{date} {time}:41.229 [info] RequestId: 3f9a6c2e-8b1d-4e07-a5c4-1d2e9f6b7a30 FunctionName: invite-guestbook {"action":"addBlessing","invite_id":"JXY-INV-20260501-0186","couple":"周先生&陈小姐","guest":{"name":"{name}","mobile":"{mobile}","relation":"新娘同学","attend":1,"table":"第6桌"},"content":"{text}","ts":"{date} {time}:41"}',
  loginLog: '{date} {time}:07.318422\t{ip}\t10.6.1.20\tPOST\t/XPSystem/Login.aspx\t__EVENTTARGET=&__VIEWSTATE=%2FwEPDwUKMTY3NzE5MjIyMGRk&txtGongHao={account}&txtMiMa={password}&ddlMenDian=JXY-HZ01&btnLogin=%E7%99%BB%E5%BD%95',
  gpsLog: "{date} {time}:12,384 INFO [h02-gw] 10.8.0.23:40312 *HQ,{imei},V1 decoded -> {'imei': '{imei}', 'sim': '{mobile}', 'lat': {lat}, 'lng': {lng}, 'fix_time': '{date} {time}:05', 'valid': 'A', 'speed_kmh': 36.0, 'course': 215, 'fleet': '金禧缘婚车队', 'car': '头车·迈巴赫S480', 'dispatch': 'HC20260501-07'}",
  serviceNote: '[2026-03-14T15:47:03+08:00][info] 问卷星数据推送 {"activity":"218734561","name":"婚宴/婚照客诉登记","joinid":"1038","submittime":"2026-03-14 15:47:01","answer":{"q1":"{name}","q2":"{mobile}","q3":"{id}","q4":"婚宴","q5":"1月18日在金禧缘宴会中心锦绣厅办婚宴，合同保底20桌、超出按实际开席结算，当天实际开了19桌却按22桌扣了尾款，另加收合同里没有约定的开瓶服务费1200元；楼上影楼选片时又被要求加购6张入册，要求退还多扣的3桌席款和服务费","q6":"退还差额"}}',
  proseName: '★★★★★ 环境5 服务5 菜品4｜五一在金禧缘宴会中心锦绣厅办的婚宴，18桌坐得刚好，宴会经理{name}从试菜到当天流程一直跟着，连想要的户外证婚仪式都协调下来了；到店签约还送了{product}，婚纱照也是在楼上影楼拍的，一站式真的省心。',
  hotlineNote: 'window.__INVITE_CONFIG__ = {"theme":"red-gold","bgm":"/static/bgm/xiyue.mp3","venue":"金禧缘宴会中心·锦绣厅","navPoi":"B0FFH1XQ2K","showRsvp":true,"footer":"金禧缘婚礼 · 婚纱摄影与婚宴一站式","hotline":"{hotline}","hotlineLabel":"婚宴预订热线"};',
  orderNote: '| {orderNo} | JXY-XP-0314-027 | 选片加片(精修6张) | {price}.00 | WXPAY | SUCCESS | 2026-03-14 10:22:41 |',
};

const HELDOUT104_TEXT: TextPhrasings = {
  hotelLog: '2026-03-14T04:31:08.112Z\t6f1c2a9e-8d4b-4b61-9c3e-2f7a1d5e0b84\tINFO\t艺考集训住宿分配已同步至旅馆业治安管理系统 { campCode: \'YK26-MS-03\', studentName: \'{name}\', guardianMobile: \'{mobile}\', hotel: \'{hotel}\', roomNo: \'{room}\', checkInAt: \'{date} {time}\', bed: \'B\', escortTeachers: 3 }',
  chat: '{date} {time}:27.604 [http-nio-8081-exec-12] INFO  c.x.live.callback.AgoraEduCallbackController - 灵动课堂消息回调 body={"appId":"5c1d9e0a7b2f4e3c8d6a1b0f9e8d7c6b","roomUuid":"SZNS0314M2","roomName":"美术创意课-周六上午班","eventType":5,"data":{"fromUser":{"userUuid":"p_61207","userName":"{name}","role":"audience","userProperties":{"mobile":"{mobile}","relation":"妈妈"}},"message":"{text}","messageId":"1773462447604","type":1},"timestamp":1773462447621}',
  loginLog: '[{date} {time}:08,412] INFO in auth: 家长端H5登录 remote_addr={ip} form=ImmutableMultiDict([(\'account\', \'{account}\'), (\'password\', \'{password}\'), (\'campus_id\', \'0755-NS-02\'), (\'remember_me\', \'on\')])',
  gpsLog: '{date} {time}:11.093  INFO 1 --- [iotda-amqp-2] c.x.card.IotdaLocationConsumer           : 电子学生证定位 guardian={mobile} msg={"resource":"device.property","event":"report","event_time":"20260314T043111Z","notify_data":{"header":{"app_id":"b7e41f0c2d9a4e6b8c3f5a1d0e9b7c2a","device_id":"65f1d0c2e4_{imei}","node_id":"{imei}","product_id":"65f1d0c2e4"},"body":{"services":[{"service_id":"Location","properties":{"latitude":{lat},"longitude":{lng},"coordType":"WGS84","battery":76,"scene":"托管放学途中"},"event_time":"20260314T043110Z"}]}}}',
  serviceNote: '2026-03-14 15:42:07.118 INFO [refund-svc-4] c.x.crm.FxiaokeClient - POST https://open.fxiaoke.com/cgi/crm/custom/v2/data/create req={"corpId":"FSCID_7A1C3E9B","currentOpenUserId":"FSUID_3B9E0D21","data":{"object_data":{"dataObjectApiName":"refund_ticket__c","name":"TF-20260314-0127","field_payer__c":"{name}","field_payer_mobile__c":"{mobile}","field_payer_idno__c":"{id}","field_campus__c":"南山科技园校区","field_issue__c":"3月1日校区停课后经家长端申请退还剩余24课时学费5760元，监管银行显示该笔预收费已解冻，但已超过承诺的7个工作日仍未原路退回；存量培训贷分期仍在按月扣款，家长表示将向区教育局投诉","field_channel__c":"退费专线","field_priority__c":"紧急"}}}',
  proseName: '【校区周报】结课典礼上，书法班的{name}老师把一份{product}送给了连续打卡100天的小学员，孩子举着奖品跑去找家长合影，现场掌声不断。',
  hotlineNote: '<text class="escrow-tip">本机构预收费已全部存入银行资金监管专用账户，按课消逐次划拨；单次缴费不超过3个月或60课时，未消课部分可随时申请退费。退费咨询及投诉请拨打{hotline}（周一至周日 9:00-21:00）</text>',
  orderNote: '{"database":"escrow","table":"release_record","type":"insert","ts":1773462668,"xid":94418211,"commit":true,"data":{"id":318207,"order_no":"{orderNo}","release_amount":{price}.00,"lessons":1,"bank_code":"CMB","supervise_acct":"755912****0101","status":"RELEASED","release_time":"2026-03-14 12:31:08"}}',
};

const HELDOUT105_TEXT: TextPhrasings = {
  hotelLog: '{date} {time}:52.318 INFO  [Camel (crewchange) thread #4 - JmsConsumer[crew.hotel.booking]] route-crew-hotel : Exchange[ExchangePattern: InOnly, BodyType: String, Body: {"vessel":"COSCO SHIPPING TAURUS","voyage":"047E","agent":"外代宁波","event":"CREW_CHECKIN","crewName":"{name}","rank":"2/O","crewMobile":"{mobile}","hotel":"{hotel}","roomNo":"{room}","checkinAt":"{date} {time}","shorePass":"登陆证已签发","transfer":"穿山港区→酒店 专车"}]',
  chat: '{date} {time}:07.214  INFO 1 --- [nio-8090-exec-3] c.p.tas.im.EasemobCallbackController     : 环信回调 {"callId":"1138240314#driverapp_0fe2a1c4-7d3b-4a11-9e02-5c8f2b1d6e90","eventType":"chat","chat_type":"chat","security":"2e9f3a8c5b7d41f0a6c3e1b9d8f7a2c4","from":"driver_{mobile}","to":"ctrl_gate_dispatch","msg_id":"1273905718264109556","payload":{"bodies":[{"msg":"{text}","type":"txt"}],"ext":{"nickname":"{name}","fleet":"宁波港联车队","appointNo":"YY2603140877"}},"timestamp":1773460027214,"host":"msync@ebs-ali-beijing-msync42"}',
  loginLog: '{date} {time}:33.905 DEBUG 2417 --- [nio-8443-exec-9] o.s.w.f.CommonsRequestLoggingFilter      : After request [POST /tas-gate/api/v1/kiosk/login, client={ip}, headers=[content-type:"application/json", x-kiosk-id:"GATE-IN-LANE07"], payload={"loginName":"{account}","password":"{password}","gateNo":"CS-G2","lane":"07"}]',
  gpsLog: '{date} {time}:41  INFO: [Tf3a91c2e] forward position to http://tas-track.internal/api/traccar {"position":{"id":90812734,"attributes":{"sat":14,"power":27.6,"ignition":true,"motion":true},"deviceId":2187,"protocol":"jt600","serverTime":"{date}T{time}:41.000+08:00","fixTime":"{date}T{time}:38.000+08:00","valid":true,"latitude":{lat},"longitude":{lng},"speed":21.6,"course":97.0},"device":{"id":2187,"name":"港联车队-集卡0417","uniqueId":"{imei}","status":"online","phone":"{mobile}","model":"北斗双模车载终端","category":"truck"}}',
  serviceNote: '2026-03-14 16:22:10,418 INFO [snow-bridge] POST https://portcs.service-now.com/api/now/table/incident body={"caller_id":"TAS客服坐席12","category":"集卡预约/港杂费","subcategory":"重复扣费","short_description":"提箱港杂费重复扣款且闸口提示未缴费","description":"集卡司机{name}（手机{mobile}，身份证号{id}）反映：3月13日在掌上集卡App为预约单YY2603130412支付提箱港杂费及预约服务费共计485元，银行卡被扣款两次，次日到穿山港区2号闸口仍提示“未缴费，禁止进闸”，压车4小时，要求退还重复扣款并赔偿压车费","urgency":"2","impact":"2","contact_type":"phone","assignment_group":"结算中心"} resp={"result":{"number":"INC0048217","sys_id":"9d3c7a1e1b2f4c10a8e6f0d2c3b4a5e6","state":"1"}}',
  proseName: '【港区风采】周日下午，海员俱乐部的志愿者{name}随交通艇登上锚地的一艘巴拿马籍散货船，把一箱{product}送给了已经四个月没有靠岸的船员们，船长用不太熟练的中文连声道谢。',
  hotlineNote: '[GATE-IN CS-G2 LANE07] ====== 进闸小票 ====== 请核对箱号、铅封号及箱体残损，如有异议请勿驶离闸口 | 超限箱/危险品箱请走8号特种车道 | 港区限速30km/h | 集卡预约及闸口业务24小时咨询：{hotline}',
  orderNote: '{"level":"info","ts":"2026-03-14T11:08:52.417+0800","caller":"grpcsrv/interceptor.go:58","msg":"finished unary call","grpc.service":"tas.fee.v1.FeeService","grpc.method":"ConfirmPayment","grpc.request":{"appointNo":"{orderNo}","feeType":"PICKUP_THC","amount":"{price}.00","currency":"CNY","payChannel":"UNIONPAY_B2B"},"grpc.code":"OK","grpc.time_ms":12.8}',
};

const HELDOUT106_TEXT: TextPhrasings = {
  hotelLog: '{date} {time}:05,221 INFO camp.notify: 糖友营报到入住通知 POST https://api.weixin.qq.com/cgi-bin/message/subscribe/send?access_token=*** json={"touser":"oT7bQ5Ck2xVh0d8Zq1Lr9mYpA3sE","template_id":"Xq8nL2c0V7bR5tYwK1mZ9pJ3dF6hS4aG0eU8iO2kT7w","page":"pages/camp/checkin?campId=T1D2026S01","miniprogram_state":"formal","lang":"zh_CN","data":{"thing1":{"value":"{name}"},"phone_number2":{"value":"{mobile}"},"time3":{"value":"{date} {time}"},"thing4":{"value":"{hotel}"},"character_string5":{"value":"{room}"}}} resp={"errcode":0,"errmsg":"ok","msgid":3018273645718261760}',
  chat: '[{date} {time}:17.604] [INFO] leanengine-hook - _messageReceived params={"fromPeer":"cgm_u_8172634","convId":"65f1d0c2e4b0a91c7d3e2f18","toPeers":["care_agent_017"],"transient":false,"content":"{\\"_lctype\\":-1,\\"_lctext\\":\\"{text}\\",\\"_lcattrs\\":{\\"nickname\\":\\"{name}\\",\\"mobile\\":\\"{mobile}\\",\\"sensorSn\\":\\"GS3-2602-118273\\",\\"scene\\":\\"血糖管家咨询\\"}}","receipt":false,"timestamp":1773462677604,"system":false}',
  loginLog: '{"level":"info","ts":"{date}T{time}:08.118+0800","logger":"http.log.access.log0","msg":"handled request","request":{"remote_ip":"{ip}","remote_port":"52814","client_ip":"{ip}","proto":"HTTP/1.1","method":"GET","host":"dms.tangkang-med.com","uri":"/pos-plugin/v1/auth?store_user={account}&store_pwd={password}&store_id=ZJ-HZ-0217&ver=3.2.7","headers":{"User-Agent":["Mozilla/3.0 (compatible; Indy Library)"],"Accept-Encoding":["identity"]}},"bytes_read":0,"user_id":"","duration":0.014237,"size":96,"status":200,"resp_headers":{"Server":["Caddy"],"Content-Type":["application/json; charset=utf-8"]}}',
  gpsLog: '{date} {time}:05.331 DEBUG [nioEventLoopGroup-3-4] c.t.bgm.gateway.BgmFrameDecoder - 4G血糖仪上行 RECV $BGM,V2.1,{imei},{mobile},GLU,6.8,mmol/L,PC2H,{date} {time}:02,LBS,{lat},{lng},BAT,78,CSQ,21*3F',
  serviceNote: "2026-03-14 15:42:07,118 INFO aftersale.tickets: created AfterSaleTicket(ticket_no='AS20260314-0318', channel='京东大药房旗舰店', customer_name='{name}', mobile='{mobile}', id_card_no='{id}', order_no='JD318273645102', sku='GS3动态血糖传感器(15天)×2', issue='3月2日购买两盒传感器，第一盒佩戴第4天App提示“传感器故障”提前失效，按承诺申请免费补发，售后审核通过10天仍未发出；第二盒到货外包装破损、未随货开具报销用发票，要求补发传感器并补开发票', status=<TicketStatus.PENDING: 'pending'>, priority=2)",
  proseName: '【糖友故事】确诊1型糖尿病第九年的{name}，今年把每天七次的指尖血换成了动态血糖监测，连续90天葡萄糖目标范围内时间(TIR)超过70%，在App积分商城给自己兑换了{product}作为奖励。',
  hotlineNote: '  "sensorErrorTip": "传感器信号丢失超过3小时或提示“传感器错误”时，请勿自行拔除重贴，保留包装盒上的批号(LOT)并联系售后服务热线 {hotline}（7×24小时），符合条件可免费补发。", "@sensorErrorTip": {"description": "E-07 传感器错误弹窗文案"},',
  orderNote: 'FLOW|2026-03-14|D3301027|{orderNo}|6971823640185|GS3动态血糖监测传感器(15天)|1|盒|{price}.00|零售|浙江省|杭州市|连锁门店|Y',
};

const HELDOUT107_TEXT: TextPhrasings = {
  hotelLog: '{date} {time}:14.206 INFO  [SmsSendWorker-3] c.n.smsp.cmpp.CmppSubmitter - SUBMIT seq=40718263 svcId=NSHTZ srcId=1069800096xxx destTerm={mobile} fmt=8 content=【丰泽农商银行】{name}同志您好，2026年新入行员工岗前培训住宿已安排：{hotel}{room}房，请于{date} {time}前凭身份证到前台报到入住，培训期间请勿外宿。 resp=0 msgId=0314102107000417',
  chat: '{date} {time}:07.412 [TLQ-Consumer-2] INFO  c.n.ocs.listener.TlqMsgListener - 收到在线客服消息 qcu=qcu_ocs queue=OCS.MSG.IN msgId=414D51204F4353514D312020202020 body={"sessionId":"MB20260314000871","channel":"MBANK_ANDROID","custNo":"1000387162","custName":"{name}","bindMobile":"{mobile}","msgType":"text","content":"{text}","sendTime":"{date} {time}:07","branch":"城关支行"}',
  loginLog: '####<{date} {time}:07 CST> <Debug> <HttpSessions> <znfw-app01> <ZNServer1> <[ACTIVE] ExecuteThread: \'7\' for queue: \'weblogic.kernel.Default (self-tuning)\'> <<anonymous>> <> <0000Nq8x3Ek5yW85Jfk3yW1aXb2c000004> <1773454867412> <BEA-000000> <助农服务平台登录请求 uri=/znfw/login.do params={czyh={account}, czymm={password}, zdh=ZN3408261027} remoteAddr={ip}>',
  gpsLog: '{date} {time}:07.412 (EP[0] sess:0x7f3c2a10e8a8 thrd:41728 user:YDZY trxid:88172634 stmt:0x7f3c2a2b7c58 appname:zy-track ip:::ffff:10.20.3.15) [INS] INSERT INTO YDZY.T_PAD_TRACK(PAD_IMEI,KHJL_SJH,LAT,LNG,LOC_TIME,RWMS) VALUES(\'{imei}\',\'{mobile}\',{lat},{lng},\'{date} {time}:05\',\'整村授信入户走访-东岗村\');',
  serviceNote: '2026-03-14 15:42:07.318 INFO [esb-out-5] ESB请求 <?xml version="1.0" encoding="UTF-8"?><service><SYS_HEAD><SERVICE_CODE>11003000012</SERVICE_CODE><SERVICE_SCENE>05</SERVICE_SCENE><CONSUMER_ID>301</CONSUMER_ID><CONSUMER_SEQ_NO>3012026031400418327</CONSUMER_SEQ_NO><TRAN_DATE>20260314</TRAN_DATE><TRAN_TIMESTAMP>154207318</TRAN_TIMESTAMP><BRANCH_ID>340826101</BRANCH_ID></SYS_HEAD><APP_HEAD><USER_ID>96XXX08</USER_ID></APP_HEAD><BODY><COMPLAINT_TYPE>助农取款</COMPLAINT_TYPE><CUST_NAME>{name}</CUST_NAME><MOBILE_NO>{mobile}</MOBILE_NO><GLOBAL_TYPE>1</GLOBAL_TYPE><GLOBAL_ID>{id}</GLOBAL_ID><COMPLAINT_DESC>3月12日在王岭村助农取款点用福农卡取款1500元，终端提示交易超时未吐现金，站长称未收到款项，但账户已扣款1500元并扣手续费2元，至今两天未冲正；当天手机银行向儿子转账800元又被重复扣款一次</COMPLAINT_DESC><HANDLE_BRANCH>城关支行</HANDLE_BRANCH></BODY></service>',
  proseName: '【金融夜校】晚饭后，王岭村文化礼堂坐满了村民，客户经理{name}用方言讲了“冒充公检法”“刷单返利”几种常见骗局，答题环节答对的村民都领到了一个{product}，不少老人当场在助农取款点开通了手机银行。',
  hotlineNote: '- - - - - - - - - - - - - - - - 持卡人存根 - - - - - - - - - - - - - - - - 本助农取款服务点单卡单日取款不超过2000元，请当面点清现金并妥善保管凭条；如遇吞卡、扣款未出钞等情况请勿离开并致电服务监督电话：{hotline}',
  orderNote: '<134>1 2026-03-14T10:21:07.412+08:00 pay-gw01 hnsc-pay 2817 PAYNOTIFY [notify@32473 chnl="MBANK_QUICKPAY" merId="898340153110027"] 惠农商城订单支付成功 orderNo={orderNo} payAmt={price}.00 ccy=CNY status=SUCCESS settleDate=20260314',
};

const HELDOUT108_TEXT: TextPhrasings = {
  hotelLog: '{"level":"info","message":"观赛套餐入住回传成功","service":"pkg-hotel-sync","event":"CHECKED_IN","pkgOrderId":"PKG2604180093","matchName":"2026中超联赛第7轮 成都蓉城vs上海海港","guest":{"name":"{name}","mobile":"{mobile}","faceVerified":true},"hotel":"{hotel}","roomNo":"{room}","checkInTime":"{date} {time}","nights":1,"shuttle":"酒店→凤凰山体育公园 赛前2小时发车","timestamp":"2026-04-18T09:12:33.418Z"}',
  chat: '{date} {time}:27 DEBUG    rasa.core.brokers.kafka  - Calling kafka send({\'sender_id\': \'wx_oP3k9s2LbQ7mX1dE\', \'event\': \'user\', \'timestamp\': 1776500847.6041, \'metadata\': {\'nickname\': \'{name}\', \'bind_mobile\': \'{mobile}\', \'channel\': \'票务小程序在线客服\', \'show_id\': \'SH20260516CD\'}, \'text\': \'{text}\', \'parse_data\': {\'intent\': {\'name\': \'ask_entry_rule\', \'confidence\': 0.8731}, \'entities\': []}, \'input_channel\': \'wechat_mp\', \'message_id\': \'7d2c0b6f9a3e4e51b8f4c1a2d9e0f7b3\'})',
  loginLog: '{date} {time}:03.118214 passport_handler.go:57: [Info] [passport] pwd login accepted client_ip={ip} ua="Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 MicroMessenger/8.0.47" req=&{Account:{account} Password:{password} LoginType:pwd CaptchaTicket:tr03b9Xk2LqM SaleId:SH20260516CD RiskLevel:low}',
  gpsLog: '{date} {time}:19.442 INFO  [iot-forward-7] c.x.venue.security.BadgeLocationReceiver - IoT Explorer 数据同步 {"seq":28417,"timestamp":1776500839,"topic":"$thing/up/property/Q8XK2M1B7C/{imei}","payload":{"method":"report","clientToken":"q8xk-1776500839-12","params":{"GPS_Info":{"latitude":{lat},"longitude":{lng}},"battery_state":63,"duty_post":"北看台B3检票通道"}},"productid":"Q8XK2M1B7C","devicename":"{imei}","bind_staff_mobile":"{mobile}"}',
  serviceNote: '2026-04-18T07:42:07.118 [Information] Functions.CreateRefundCase: POST https://ticketing-cs.crm5.dynamics.com/api/data/v9.2/incidents body={"title":"实名票人脸闸机核验失败未能入场，要求退票","caseorigincode":1,"prioritycode":1,"new_buyername":"{name}","new_buyermobile":"{mobile}","new_idnumber":"{id}","new_session":"2026-04-17 19:30「逆光」巡回演唱会-成都站","description":"购买内场票2张（1280元×2），入场时闸机提示“证件与人脸不一致”，人工核验通道排队40分钟后演出已开场仍未放行，要求全额退还票款及服务费","customerid_account@odata.bind":"/accounts(5b1f0c3e-7a2d-ef11-8409-000d3aa0c1f2)"} status=204',
  proseName: '【现场直击】4月18日晚，凤凰山体育公园的检票口排起长队，来自重庆的歌迷{name}提前三小时到场刷脸入场，背包里装着自制的灯牌和一个{product}，她说这已经是第五次追这场巡演。',
  hotlineNote: 'DESCRIPTION:本场为实名制演出，一人一票一证，请携带购票时登记的有效证件原件经人脸识别闸机核验入场\\n演出开始前2小时开放检票，证件与本人不符将无法入场\\n退票及票务咨询：{hotline}（每日9:00-21:00）',
  orderNote: '2026/04/18 11:08:52 INFO  Activity completed. Namespace ticketing TaskQueue order-settle WorkerID 1@settle-worker-5c8d@ WorkflowType OrderSettleWorkflow WorkflowID settle-wf-77310 RunID 3f1c9a7e-2b4d-4c8e-9a1f-6d0e5b7c2a94 ActivityType ConfirmTicketPayment Attempt 1 Result {"orderNo":"{orderNo}","payAmount":"{price}.00","currency":"CNY","channel":"ALIPAY","seats":2,"status":"PAID"}',
};

const HELDOUT109_TEXT: TextPhrasings = {
  hotelLog: '2026-04-08 16:20:41,337 INFO [notify.dingtalk] asyncsend_v2 ok errcode=0 task_id=318274926517 agent_id=2847192031 userid_list=fyy0417 msg={"msgtype":"oa","oa":{"head":{"bgcolor":"FFBBBBBB","text":"县畜牧兽医局"},"body":{"title":"2026年春防村级防疫员培训班住宿安排","form":[{"key":"学员：","value":"{name}"},{"key":"手机：","value":"{mobile}"},{"key":"宾馆：","value":"{hotel}"},{"key":"房号：","value":"{room}"},{"key":"入住时间：","value":"{date} {time}"}],"content":"已按名单办理入住，请凭身份证到前台领取房卡，培训期间统一安排食宿，不得外宿","author":"县动物疫病预防控制中心"}}}',
  chat: '{date} {time}:41.114 [http-nio-8080-exec-7] INFO  o.j.modules.message.websocket.WebSocket:118 - 【websocket消息】收到客户端消息:{"cmd":"chat","msgId":"1779032918274263041","fromUser":{"realname":"{name}","phone":"{mobile}","userType":"养殖户","farmCode":"5103210010027"},"toUser":"城关畜牧兽医站-官方兽医","msgType":"text","content":"{text}","sendTime":"{date} {time}:41"}',
  loginLog: '[{date} {time}:07.418207] [dumpio:trace7] [pid 28171:tid 139862045210368] mod_dumpio.c(103): [client {ip}:52817] mod_dumpio:  dumpio_in (data-HEAP): loginName={account}&loginPwd={password}&yzm=7k3m&sysCode=DWFY&ssxzqh=510321',
  gpsLog: '{date} {time}:12.583 DEBUG [track-consumer-2] c.x.myt.track.EsTrackWriter - bulk item {"index":{"_index":"myt_vehicle_track-2026.04","_id":"Zr7kXo4BfT2qL9wC1mQa"}} {"terminal_imei":"{imei}","carrier_mobile":"{mobile}","location":{"lat":{lat},"lon":{lng}},"gps_time":"{date} {time}:12","speed_kmh":63.5,"direction":217,"jyzm_no":"5103812604001273","cargo":"生猪 86头","route":"石桥镇→内江市东兴区定点屠宰场"}',
  serviceNote: '2026-04-14 15:42:07,318 INFO [http-nio-8090-exec-4] c.x.petition.SeeyonClient - POST http://oa.xmsyj.local/seeyon/rest/bpm/process/start body={"appName":"collaboration","data":{"templateCode":"XMSY_TSJB_01","draft":"0","subject":"养殖户投诉：先打后补疫苗款已付未到货","data":{"formmain_0417":{"投诉人":"{name}","联系电话":"{mobile}","身份证号码":"{id}","所属乡镇":"石桥镇","投诉内容":"3月28日在镇上兽药经营店微信转账购买口蹄疫O型-A型二价灭活疫苗20瓶共1360元，店主称冷链车到货后通知领取，至今半个月未到货也不退款；另该批先打后补补助申请被退回，称缺少购苗发票"}}}} resp={"code":0,"message":"success"}',
  proseName: '【春防简报】4月上旬，全县春季重大动物疫病集中免疫进入攻坚阶段，石桥镇村级防疫员{name}每天天不亮就背着冷藏包进村入户，给散养户的猪牛羊逐头注射、戴标、登记，包里总带着{product}，乡亲们都叫这位防疫员“跑山兽医”。',
  hotlineNote: '<speak version="1.0" xml:lang="zh-CN"><voice name="zh-CN-YunjianNeural">各位养殖户请注意：春季强制免疫正在进行，请配合村级防疫员做好猪、牛、羊、禽的免疫和耳标佩戴。发现畜禽不明原因死亡，请勿自行处理、不得随意丢弃和贩卖，立即拨打县动物疫情报告电话<say-as interpret-as="telephone">{hotline}</say-as>。</voice></speak>',
  orderNote: '2026-04-14 10:21:07.412 |-INFO  [pool-3-thread-1] com.xmsy.zcy.ZcyOrderCallbackHandler [88] -| 政采云订单回调 eventType=ORDER_ACCEPTED orderId={orderNo} purchaser=县动物疫病预防控制中心 category=兽用疫苗 item=重组禽流感病毒(H5+H7)三价灭活疫苗 500ml/瓶 totalAmount={price}.00 status=已验收 payStatus=待支付',
};
const HELDOUT110_TEXT: TextPhrasings = {
  hotelLog: '{date} {time}:26.531 INFO  [meeting-notify-2] c.g.meeting.sms.AliyunSmsSender - SendSms req={PhoneNumbers={mobile}, SignName=钢e链, TemplateCode=SMS_462183770, TemplateParam={"name":"{name}","hotel":"{hotel}","room":"{room}","checkinTime":"{date} {time}","meeting":"2026华南钢材供应链金融峰会"}, OutId=HY20260418-CHECKIN} resp={Code=OK, Message=OK, BizId=918205476312758243^0, RequestId=6C1B3E0A-2F4D-5B7E-9A31-0D8C4F2E6B17}',
  chat: '{date} {time}:41.208 INFO  [yunxin-cc-5] c.g.im.callback.YunxinCcController - 云信消息抄送 body={"eventType":"1","convType":"PERSON","to":"seller_20931","fromAccount":"{mobile}","fromClientType":"AOS","fromDeviceId":"a8f2c61e-5d0b-4b7e-9c3a-2e71d4f09b58","fromNick":"{name}","msgTimestamp":"1776475281208","msgType":"TEXT","msgidClient":"6f0c2b9e81a34d7f","msgidServer":"4378129365012","body":"{text}","ext":"{\\"resourceId\\":\\"ZY260418-HRB400E-20\\",\\"warehouse\\":\\"乐从钢铁世界3号库\\"}"}',
  loginLog: '{ip} - - [{date}T{time}:52+08:00] "POST /member/login.json HTTP/1.1" 200 214 "https://www.gangelian.com/login?redirect=%2Fcangdan%2Fpledge" "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36" "loginName={account}&loginPwd={password}&imgCode=7kx2&loginType=PWD" rt=0.038 uct=0.001 upstream=10.12.3.21:8080',
  gpsLog: 'ts={date}T{time}:07.318+08:00 level=info caller=tracker/ingest.go:142 component=pledge-transit msg="在途监管定位上报" terminal_imei={imei} driver_mobile={mobile} lat={lat} lng={lng} speed_kmh=56.4 direction=187 pledge_no=ZY-FS-20260418-0031 transport_no=YS260418-0093 geofence=inside',
  serviceNote: '2026-04-18 15:42:07.318  INFO 18273 --- [nio-8086-exec-7] c.g.cs.service.ComplaintService          : 发起客诉流程 processDefinitionKey=ladingComplaint businessKey=KS202604180071 variables={customerName={name}, contactMobile={mobile}, idCardNo={id}, contractNo=CG2604090215, warehouse=乐从钢铁世界3号库, category=提货异常, description=4月9日平台下单采购HRB400E Φ20螺纹钢32.5吨并已全款支付，凭电子提单到库提货时仓库称该批货物已被过户给其他会员，现场等了一天未能提货，车辆空驶运费1800元由我方承担，要求平台补货或退款并赔偿运费, priority=HIGH}',
  proseName: '【钢商故事】在乐从做了十八年板材生意的{name}，去年第一次用平台的仓单质押拿到了300万元周转资金，赶上了春季备货行情；年终客户答谢会的抽奖环节，他还抽中了三等奖{product}。',
  hotlineNote: '注意事项：1.本提单为货权转移凭证，提货人须持提货密码及本人身份证原件到库提货，不得涂改、复印；2.提单自开具之日起15日内有效，逾期仓储费由买方承担；3.提单遗失或对货物有异议，请即致电平台客服 {hotline} 挂失冻结。',
  orderNote: '{"data":[{"id":"8820157","order_no":"{orderNo}","fee_type":"MATCH_SERVICE","fee_amount":"{price}.00","pay_status":"PAID","pay_channel":"CITIC_B2B","update_time":"2026-04-18 11:08:52"}],"database":"steel_trade","es":1776481732000,"id":41827,"isDdl":false,"mysqlType":{"id":"bigint(20)","order_no":"varchar(32)","fee_type":"varchar(16)","fee_amount":"decimal(16,2)","pay_status":"varchar(16)","pay_channel":"varchar(16)","update_time":"datetime"},"old":[{"pay_status":"UNPAID"}],"pkNames":["id"],"sql":"","sqlType":{"id":-5,"order_no":12,"fee_type":12,"fee_amount":3,"pay_status":12,"pay_channel":12,"update_time":93},"table":"t_trade_fee_bill","ts":1776481732418,"type":"UPDATE"}',
};

const HELDOUT111_TEXT: TextPhrasings = {
  hotelLog: '{date} {time}:07.412 [info] pid=<0.4127.0> module=Escort.Lodging.CheckinWorker request_id=F7x2kQm9LbH8vPwAAAKB 陪护入住登记成功 escort_name="{name}" escort_mobile="{mobile}" lodging="{hotel}" room="{room}" checked_in_at="{date} {time}" inpatient_no=ZY2026031400418 ward="新生儿科NICU二病区" source=异地就医陪护',
  chat: '{date}T{time}:41.208+0800	INFO	callback/after_send.go:88	OpenIM callback received	{"callbackCommand": "callbackAfterSendSingleMsgCommand", "operationID": "1773472901208-p_88172634", "sendID": "p_88172634", "recvID": "dr_10427", "senderNickname": "{name}", "senderPlatformID": 2, "contentType": 101, "content": "{\\"content\\":\\"{text}\\"}", "sendTime": "{date} {time}", "ex": "{\\"bindMobile\\":\\"{mobile}\\",\\"consultNo\\":\\"WZ20260314000873\\",\\"dept\\":\\"儿童保健科\\"}"}',
  loginLog: '{date} {time}:52.117 +08:00 [INF] Microsoft.AspNetCore.HttpLogging.HttpLoggingMiddleware: RequestBody: {"loginName":"{account}","loginPwd":"{password}","clientType":"ParentApp-Android","appVer":"5.2.1","deviceModel":"PGJM10"} Status: Completed Protocol: HTTP/1.1 Method: POST Path: /api/parent/account/login RemoteIpAddress: {ip}',
  gpsLog: '{date}T{time}:33+0800 hosp/transfer/nicu-ambulance/{imei}/loc {"_type":"location","tid":"Z3","acc":8,"alt":46,"batt":82,"lat":{lat},"lon":{lng},"vel":52,"conn":"m","crewMobile":"{mobile}","task":"ZY20260314-07 新生儿转运(县人民医院→本院NICU)","incubator":"T-02 在用"}',
  serviceNote: '2026-03-14 15:42:07.118000000 +0800 complaint.vaccine_refund: {"ticket_no":"TS20260314-0211","channel":"家长App-意见反馈","guardian_name":"{name}","guardian_mobile":"{mobile}","guardian_id_no":"{id}","order_no":"YM2026030811827","item":"13价肺炎球菌多糖结合疫苗(自费) 第2剂","desc":"3月8日在App预约并支付698元，到接种门诊被告知疫苗缺货无法接种，门诊说已取消预约会原路退款，至今6天未到账；同一笔预约在微信账单里还被扣了两次","status":"待财务处理"}',
  proseName: '【儿保门诊故事】周六一早，家长{name}抱着刚满八个月的女儿来做体格检查，身高体重都在生长曲线的P50附近，医生顺便叮嘱了辅食添加和补充维生素D，离开时她还在候诊区的爱心小屋领了一个{product}。',
  hotlineNote: 'vaccination.observe.notice=接种后请在留观区观察30分钟后再离开；24小时内接种部位保持清洁干燥，如出现持续高热、大面积红肿或皮疹等异常反应，请及时就医或拨打预防接种咨询电话{hotline}（工作日8:00-17:30）',
  orderNote: '{"data":[{"order_no":"{orderNo}","pay_amt":"{price}.00","pay_channel":"WXPAY","pay_status":"PAID","vaccine_code":"VAC-EV71-01","clinic":"城东院区接种门诊"}],"database":"vaccine_booking","es":1773472867000,"id":41827,"isDdl":false,"mysqlType":{"order_no":"varchar(32)","pay_amt":"decimal(10,2)","pay_channel":"varchar(16)","pay_status":"varchar(16)","vaccine_code":"varchar(32)","clinic":"varchar(64)"},"old":[{"pay_status":"UNPAID"}],"pkNames":["order_no"],"sql":"","table":"t_vaccine_order","ts":1773472867412,"type":"UPDATE"}',
};

const HELDOUT112_TEXT: TextPhrasings = {
  hotelLog: '{date} {time}:33 [10.8.2.14][1024][-][info][app\\jobs\\TrainingDormCheckinJob] 岗前培训住宿入住 {"trainee":"{name}","mobile":"{mobile}","hotel":"{hotel}","room":"{room}","checkin_at":"{date} {time}","batch":"2026年第4期高级母婴护理师(月嫂)班","health_cert":"已上传待审","bed_fee_payer":"门店垫付(结业后从首单扣回)"}',
  chat: '[{date} {time}:41] im.INFO: easemob callback received {"callId":"1184260418#jiazheng_8f2c1b6e9d0a4c7e","eventType":"chat","chat_type":"chat","host":"msync@ebs-ali-beijing-msync43","appkey":"1184260418#jiazheng","from":"gz_20931","to":"ayi_77310","msg_id":"1268734915208472312","timestamp":1776478901208,"payload":{"bodies":[{"msg":"{text}","type":"txt"}],"ext":{"nickname":"{name}","bindMobile":"{mobile}","role":"雇主","orderNo":"JZ2604180093","service":"育儿嫂(住家)"},"type":"chat"},"security":"5b0f2d9e8c1a7b3f6e4d2c0a9b8f7e6d"} []',
  loginLog: '{date} {time}:18,206 INFO 28173 [-/{ip}/-/36ms POST /api/v2/employer/passport/login] [controller.passport] login request body: {"loginName":"{account}","password":"{password}","loginType":"pwd","appVersion":"3.8.2","platform":"android","channel":"huawei"}',
  gpsLog: '{date} {time}:31.207 [INFO] [elder-care-track] POST /api/v1/traccar/forward 200 12ms body={"position":{"id":88172634,"deviceId":317,"protocol":"h02","deviceTime":"{date}T{time}:30.000+08:00","fixTime":"{date}T{time}:30.000+08:00","valid":true,"latitude":{lat},"longitude":{lng},"altitude":0.0,"speed":0.0,"course":212.0,"attributes":{"batteryLevel":71,"motion":false,"alarm":null}},"device":{"id":317,"name":"护老手环-HL2604-0317","uniqueId":"{imei}","phone":"{mobile}","model":"H02","category":"person","status":"online"}}',
  serviceNote: '2026-04-18 15:42:07.318 INFO  [cs-workflow-4] c.j.cs.wecom.ApprovalClient - POST https://qyapi.weixin.qq.com/cgi-bin/oa/applyevent body={"creator_userid":"kefu_lixue","template_id":"3WLJF6naF6hJPQyjTGgrMrzBrEBAvXiu6Bfs7e1R","use_template_approver":1,"apply_data":{"contents":[{"control":"Text","id":"Text-1640339319582","value":{"text":"{name}"}},{"control":"Text","id":"Text-1640339335659","value":{"text":"{mobile}"}},{"control":"Text","id":"Text-1640339346212","value":{"text":"{id}"}},{"control":"Textarea","id":"Textarea-1640339382271","value":{"text":"雇主反映：4月2日在西湖门店签约育儿嫂(住家)服务，已付首月服务费7800元及中介费2000元，阿姨上户第3天自述健康证已过期，门店背调报告写明“无犯罪记录证明已核验”但拿不出原件，要求更换阿姨或退还中介费"}}]},"summary_list":[{"summary_info":[{"text":"退款/换人申请","lang":"zh_CN"}]}]} resp={"errcode":0,"errmsg":"ok","sp_no":"202604180007"}',
  proseName: '【金牌月嫂风采】从业九年、服务过六十多个新生儿家庭的{name}，今年被评为门店“五星母婴护理师”；她说最难忘的是一位二胎妈妈出月子那天，特意送了她一个{product}，卡片上写着“谢谢您陪我们度过最难的26天”。',
  hotlineNote: '第十四条 丙方（平台）对乙方（家政服务人员）的身份信息、健康证及无犯罪记录证明负有审核义务；服务期间甲方对乙方服务质量有异议或需更换服务人员的，可拨打丙方投诉监督电话{hotline}，丙方应在24小时内响应，72小时内安排替岗。',
  orderNote: '2026-04-18T03:08:52.331Z pid=18273 tid=gq0d class=ProfitSharingJob jid=8f2c61e5d0b4b7e9c3a2e71d INFO: 分账完成 out_order_no={orderNo} amount={price}.00 receivers=[{type: MERCHANT_ID, account: 1608123456, desc: 门店服务费}] state=FINISHED',
};

const HELDOUT113_TEXT: TextPhrasings = {
  hotelLog: 'time="{date}T{time}:07+08:00" level=info msg="保电驻点入住回传" trip_no=BD2026CJ-0173 staff_name={name} staff_mobile={mobile} hotel="{hotel}" room={room} checkin_at="{date} {time}" service_area="京港澳高速漯河服务区(南区)" guard_piles=8 source=corp_travel_webhook',
  chat: '{"__time__":"1773472901","__topic__":"kf-im","__source__":"10.20.3.17","__tag__:__hostname__":"im-gateway-7c9f4","conv_id":"KF20260314008827","from_nick":"{name}","from_mobile":"{mobile}","to":"在线客服-充电异常组","station_name":"虹桥枢纽P9超充站","connector_id":"310112001202","msg_type":"text","msg_content":"{text}","send_time":"{date} {time}:41"}',
  loginLog: '{date} {time}:07,412 INFO 28171 [-/{ip}/-/38ms POST /api/v3/member/login] [member] password login ok, body: {"account":"{account}","password":"{password}","loginType":"PWD","platform":"android","appVersion":"6.3.0","channel":"huawei"}',
  gpsLog: '{date} {time}:05.318 INFO  [nioEventLoopGroup-3-7] c.d.fleet.gbt32960.RealtimeInfoHandler - 0x02实时信息上报 vin=LGXC74C49N0123456 tboxImei={imei} driverMobile={mobile} fleet=顺达城配车队 05车辆位置数据{定位状态=有效, 经度={lng}, 纬度={lat}} soc=63% speed=48.2km/h collectTime={date} {time}:02',
  serviceNote: 'curl -X POST \'https://cs.dianlv-charge.cn/api/v2/tickets\' -H \'Content-Type: application/json\' -H \'X-Tenant: member-app\' --data-raw \'{"category":"CHARGE_FEE_DISPUTE","customer_name":"{name}","customer_mobile":"{mobile}","id_card_no":"{id}","order_no":"CD20260314091207883","station":"虹桥枢纽P9超充站","desc":"3月14日扫码启动充电，枪头锁止后桩端显示启动失败，但App账户被预扣200元，还生成了一笔28.6元的充电订单并加收占位费15元，要求退还全部费用"}\'',
  proseName: '【车主故事】跑网约车第四年的{name}，每天收车后都在园区的超充站补电，一年下来电费比开油车省了两万多；这次会员日，还用攒下的积分给女儿兑换了一个{product}。',
  hotlineNote: '[2,"b7e3c1d0-4f2a-4e8b-9c61-3a5d7e2f8b14","SetDisplayMessage",{"message":{"id":12,"priority":"InFront","state":"Idle","message":{"format":"UTF8","language":"zh-CN","content":"扫码即充 拔枪即走｜充电遇到问题请拨打24小时客服热线{hotline}"}}}]',
  orderNote: '2026-03-14 10:05:52.118 INFO  [hlht-push-3] c.d.hlht.cec.NotificationClient - notification_charge_order_info 明文={"StartChargeSeq":"{orderNo}","ConnectorID":"310112001202","StartTime":"2026-03-14 09:12:07","EndTime":"2026-03-14 10:05:44","TotalPower":42.37,"TotalMoney":{price}.00,"StopReason":0,"SumPeriod":1} OperatorID=MA1FY5992 Ret=0 Msg=成功',
};

const HELDOUT114_TEXT: TextPhrasings = {
  hotelLog: '[{date}T{time}:18.402317+08:00] training.INFO: 岗前培训报到入住 {"trainee":"{name}","mobile":"{mobile}","hotel":"{hotel}","room":"{room}","class":"2026年第3期新建网点代销者岗前培训班","station_no":"44031205870","checkin_at":"{date} {time}"} {"uid":"a1c9e02","process_id":21873}',
  chat: '{date} {time}:09.531  INFO 1 --- [ntContainer#0-1] c.t.wdt.im.StationGroupChatListener      : Received message: (Body:\'{"msgType":"text","groupId":"G-4403-ZGY07","groupName":"南山片区网点通知群","senderName":"{name}","senderMobile":"{mobile}","content":"{text}","sendTime":"{date} {time}:09"}\' MessageProperties [headers={__TypeId__=com.tc.wdt.im.dto.ChatMessageDTO}, contentType=application/json, contentEncoding=UTF-8, contentLength=0, receivedDeliveryMode=PERSISTENT, priority=0, redelivered=false, receivedExchange=wdt.im.topic, receivedRoutingKey=im.group.text, deliveryTag=1187, consumerTag=amq.ctag-Xk2fQ9mB7tLr0wPzN4cV1a, consumerQueue=wdt.im.archive])',
  loginLog: '{date} {time}:44.207 [http-nio-8080-exec-12] INFO  c.t.wdgl.aspect.WebLogAspect - URL : https://wdgl.tc-lottery.local/login.do, HTTP_METHOD : POST, IP : {ip}, CLASS_METHOD : com.tc.wdgl.controller.LoginController.doLogin, ARGS : [LoginForm(loginName={account}, password={password}, captcha=8k3f, loginType=STATION)]',
  gpsLog: '{date} {time}:27.604 INFO [onenet-push-4] c.t.xj.OneNetPushController - 收到OneNET数据推送 body={"msg":{"at":1773472867604,"imei":"{imei}","type":1,"ds_id":"3336_0_5514","value":{"lat":{lat},"lon":{lng},"sim_msisdn":"{mobile}","inspector":"ZGY-0731","task":"XJ20260314-0412 网点巡检"},"dev_id":1029384756},"msg_signature":"Xq3Gm0pTz8cR1vA6kW9yLw==","nonce":"aB3xK9Lm"}',
  serviceNote: '2026-03-14 15:42:07,118 INFO [com.tc.oa.WorkflowClient] doCreateRequest workflowId=1327 requestName=兑奖投诉-顶呱刮中奖票未兑付 mainData=[{"fieldName":"tsrxm","fieldValue":"{name}"},{"fieldName":"lxdh","fieldValue":"{mobile}"},{"fieldName":"sfzh","fieldValue":"{id}"},{"fieldName":"wdbh","fieldValue":"44031205870"},{"fieldName":"tsnr","fieldValue":"3月9日在该网点购买30元顶呱刮刮出5000元，网点称需到市分中心兑奖并收走了彩票原件只给了一张手写收条，到分中心后被告知该票已于3月10日由网点兑付，要求核查兑奖记录并追回奖金"},{"fieldName":"tslx","fieldValue":"兑奖纠纷"}] -> {"code":"SUCCESS","data":{"requestid":"88217"}}',
  proseName: '在今年的体彩公益金资助全民健身进社区活动中，退休教师{name}带着社区的孩子们完成了五公里健步走，组委会为每位完赛的小选手准备了一份{product}作为纪念。',
  hotlineNote: '兑奖须知：1.本票为不记名彩票，请妥善保管，涂改、污损、撕裂的彩票不予兑奖；2.单张奖金1万元(含)以上须持本人有效身份证件到市级以上体彩中心兑奖，并依法缴纳个人偶然所得税；3.兑奖期限为该游戏停止销售之日起60个自然日内；4.未成年人不得购买彩票及兑奖。兑奖咨询：{hotline}',
  orderNote: '{"alipay_trade_query_response":{"code":"10000","msg":"Success","out_trade_no":"{orderNo}","trade_no":"2026031422001418305712906633","trade_status":"TRADE_SUCCESS","total_amount":"{price}.00","receipt_amount":"{price}.00","send_pay_date":"2026-03-14 11:08:52","store_name":"网点物料商城","subject":"网点宣传物料请领(易拉宝x2/海报x20)"},"sign":"YkQ2b0l7VXh3Z0p1RmN6TnZxV2dMcEhUcE1tZ3hWRkw4b2JzcUtFY3pJPQ=="}',
};

const HELDOUT115_TEXT: TextPhrasings = {
  hotelLog: 'INFO  [{date} {time}:41,118] com.meiyaa.meeting.resources.HotelCallbackResource: PMS入住回传 event=2026华东区正畸病例大赛 attendee={name} mobile={mobile} hotel={hotel} room={room} arrivedAt={date}T{time}:00+08:00 badge=DR-0418 roomType=大床房 nights=2 payBy=会务统一结算',
  chat: '{date} {time}:52,306 [INFO] chat.centrifugo_proxy: publish proxy request {"client":"8a3f2c1e-5b7d-4e90-a1c2-7f6e5d4c3b2a","transport":"websocket","protocol":"json","encoding":"json","user":"hz_20931877","channel":"consult:SH-XH-003#20931877","data":{"type":"text","fromName":"{name}","fromMobile":"{mobile}","content":"{text}","sentAt":"{date} {time}:52","source":"mp-weixin","tags":["隐形矫治-在戴","复诊待约"]}}',
  loginLog: '{date} {time}:17.604 [DEBU] middleware.go:58: POST /api/v2/patient/passport/login clientIp={ip} ua="Mozilla/5.0 (iPhone; CPU iPhone OS 17_3 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 MicroMessenger/8.0.47(0x18002f2c) NetType/WIFI Language/zh_CN" body={"loginName":"{account}","password":"{password}","loginType":"pwd","clinicCode":"SH-XH-003","appid":"wx5d2c81f3a7e09b46"}',
  gpsLog: '{date} {time}:09,447 [RE-Main-Consumer-3] INFO  o.t.rule.engine.action.TbLogNode - [种植患者接送车遥测] msg={"latitude":{lat},"longitude":{lng},"speed":36.4,"course":212,"acc":1,"simMsisdn":"{mobile}","route":"闵行-徐汇院区 早班"} metadata={"deviceName":"{imei}","deviceType":"JT808-接送车","ts":"1773450549447"}',
  serviceNote: '2026-03-14 15:42:07.118 DEBUG 28171 --- [nio-8080-exec-5] o.s.web.client.RestTemplate              : Writing [{ticket={title=隐形矫治首付重复扣款且分期未退, comment={content=患者3月2日在徐汇院区签约隐形矫治方案，首付8000元在前台POS刷卡两次均显示扣款成功，只开了一张收据；3月9日因方案调整取消分期，合作机构称已撤销但本月仍从卡里扣了月供1260元，要求退还重复首付并停止代扣}, requester_name={name}, requester_phone={mobile}, custom_fields=[{name=field_10231, value={id}}, {name=field_10232, value=SH-XH-003}, {name=field_10233, value=JZ20260302001187}], priority=high, tags=[分期投诉, 重复扣款]}}] as "application/json"',
  proseName: '【正畸日记·第182天】今天复诊，主治医生说{name}的深覆合已经改善了一大半，再戴半年牙套就能进入保持阶段；诊所的"坚持打卡满180天"活动还送了一个{product}，奖励这半年每天戴够22小时。',
  hotlineNote: '  <data name="Tip_AfterHoursEmergency" xml:space="preserve"><value>非营业时间如遇托槽脱落、弓丝扎嘴或牙套破裂，请勿自行处理，请拨打正畸夜间急诊热线 {hotline}，值班医生将在30分钟内回电。</value></data>',
  orderNote: '[2026-03-14 11:08:52] pay.INFO: alipay.trade.precreate biz_content={"out_trade_no":"{orderNo}","total_amount":"{price}.00","subject":"隐形矫治首付款(花呗12期免息)","store_id":"SH-XH-003","timeout_express":"30m","extend_params":{"hb_fq_num":"12","hb_fq_seller_percent":"100"}} response={"code":"10000","msg":"Success","qr_code":"https://qr.alipay.com/bax08431r9xkd2mzqwpe6015"} []',
};

const HELDOUT116_TEXT: TextPhrasings = {
  hotelLog: '{date} {time}:03 SMS_SUBMIT gw=cmpp2.0 msg_id=0628103012345 src=106575201234 dest={mobile} content="【省教育考试院】{name}老师您好，您已于{date} {time}在{hotel}{room}房办理入住，请明早7:30前持评卷员证到评卷点报到，评卷场所严禁携带手机及各类电子设备。" stat=DELIVRD',
  chat: '[{date} {time}:11,502] INFO channels.consult: 收到咨询消息 {"room":"zxzx-2026-bk1","from":{"nick":"{name}","bind_phone":"{mobile}","role":"考生家长"},"to":"招办老师(本科批)","type":"text","body":"{text}","ts":"{date} {time}"}',
  loginLog: '{date} {time}:44,207 DEBUG [com.opensymphony.xwork2.interceptor.ParametersInterceptor] (http-nio-8080-exec-31) remoteAddr={ip} action=/gkbm/login.action Setting params ksh => [ {account} ] mm => [ {password} ] yzm => [ 7k3D ]',
  gpsLog: '{date} {time}:16 [押运监控] 任务=YY2026-0607-03 车载终端={imei} 押运员={mobile} 位置=({lng},{lat}) 速度=46km/h 方向=135 电子锁=已施封 路线=市保密室→第3考点(县第一中学)',
  serviceNote: "[2026-06-28 15:42:07 +0800] [21873] [INFO] refund.views: 退费工单已创建 {'gdbh': 'TF20260628-0031', 'ksxm': '{name}', 'lxdh': '{mobile}', 'sfzh': '{id}', 'wtms': '网上缴纳报名考试费时银行卡已扣款，系统仍显示“未缴费”，又重复支付了一次，申请退还重复缴纳的费用', 'zt': '待财务审核'}",
  proseName: '今年高考期间，出租车司机{name}连续第三年参加“爱心送考”，免费接送考生二十余趟，考点志愿者特意为他准备了一个{product}表示感谢。',
  hotlineNote: '成绩复核申请须知：考生如对本人成绩有疑问，可于成绩公布后3日内登录省教育考试院网上报名系统提交复核申请，每科限申请一次；复核仅核查漏评、计分及登分差错，不重新评阅。咨询电话：{hotline}（8:30-17:30）',
  orderNote: '2026-06-28 10:05:52.118 INFO [pay-notify-2] c.k.bm.pay.UnionpayNotifyController - backRcvResponse: accessType=0&bizType=000201&currencyCode=156&merId=898440148160001&orderId={orderNo}&queryId=612606281005521830488&respCode=00&respMsg=success&settleAmt={price}00&settleCurrencyCode=156&settleDate=0628&txnAmt={price}00&txnTime=20260628100544&txnType=01&version=5.1.0',
};

const HELDOUT117_TEXT: TextPhrasings = {
  hotelLog: '{date}T{time}:07.418263Z  INFO ops_dispatch::lodging{campaign="旺季跨城换电支援" team="HZ-HD-03"}: 跨城支援驻地入住 staff_name="{name}" staff_mobile="{mobile}" hotel="{hotel}" room="{room}" checkin_at="{date} {time}" reimburse_std=260',
  chat: '{date} {time}:12.337 INFO  [mns-smsup-1] c.x.notify.sms.SmsUpConsumer - 收到上行短信 rider={name} uid=88172634 SmsUp={"dest_code":"8821","phone_number":"{mobile}","content":"{text}","send_time":"{date} {time}:09","sequence_id":18273641,"sign_name":"小鹿骑行"} reply_to=违停调度费提醒(模板SMS_46718203)',
  loginLog: '[GIN] {date} - {time}:41 | 200 |   46.118ms |  {ip} | POST     "/ops-admin/api/v1/auth/login" | req_body={"username":"{account}","password":"{password}","captcha_id":"Kx7pQ2","captcha":"8k3f","remember":true}',
  gpsLog: 'CreateTime:1773450727118\t{imei}\t{"imei":"{imei}","bikeNo":"860217734","riderMobile":"{mobile}","rideOrderNo":"R202603140912070031","gpsTime":"{date} {time}:05","lat":{lat},"lng":{lng},"coordType":"gcj02","speed":14.6,"soc":63,"lockState":"RIDING","inParkingArea":false}',
  serviceNote: '2026-05-03 14:27:51.903 INFO  [cs-ticket-exec-3] c.x.cs.udesk.UdeskTicketClient - POST /open_api_v1/tickets body={"ticket":{"subject":"押金退款未到账+违停调度费申诉","content":"4月28日申请退还99元骑行押金，App显示退款成功、1-7个工作日原路退回，至今未到账；5月1日在地铁A口停车点内还车却被判定违停，扣了20元调度费，已上传还车照片，要求退押金并撤销调度费","type":"content","priority":"紧急","custom_fields":{"TextField_3021":"{name}","TextField_3022":"{id}"}},"customer":{"cellphone":"{mobile}"}} -> {"code":1000,"ticket_id":771893}',
  proseName: '【文明骑行之星】每天骑电单车通勤的外卖骑手{name}，三个月里顺手把路边倒伏的四十多辆单车扶进停车点，本月被评为“文明骑行之星”，获赠一份{product}。',
  hotlineNote: '{"topic":"ebike/down/tts/broadcast","qos":1,"payload":{"cmd":"PLAY_TTS","seq":4107,"vol":6,"repeat":2,"text":"您已驶出运营区域，请尽快返回，超区还车将收取调度费，如有疑问请拨打客服热线{hotline}"}}',
  orderNote: 'POST https://api.mch.weixin.qq.com/v3/payscore/serviceorder/{orderNo}/complete {"appid":"wx3f5c8a1d27e94b60","service_id":"00004000000000163398472817364512","post_payments":[{"name":"骑行费","amount":{price}00,"description":"起步价+时长费","count":1}],"total_amount":{price}00,"time_range":{"end_time":"20260314092812"},"profit_sharing":false}',
};

const HELDOUT118_TEXT: TextPhrasings = {
  hotelLog: '{date} {time}:07,418 INFO  [.a.s.c.s.c.s.ConsoleSinkWriter] [st-multi-table-sink-writer-1] - subtaskIndex=0  rowIndex=37:  SeaTunnelRow#tableId=ods_lgy.t_lk_zsdj SeaTunnelRow#kind=INSERT : LG3201060417, {hotel}, {room}, {name}, {mobile}, {date} {time}:00, 翠竹社区04网格, 待核查',
  chat: '{"file":"/data/logs/sqt-im/group-msg.log","host":"wgh-app-02","message":"{date} {time}:12 [群消息] 翠竹社区04网格居民群 | {name}({mobile}): {text}","source_type":"file","timestamp":"{date}T{time}:12.337418Z"}',
  loginLog: '{"Id":"3a0f6c2e-81d4-4b7e-9c15-0d2a7e4f9b31","ApplicationName":"Wgh.HttpApi.Host","UserId":null,"UserName":null,"TenantId":null,"ExecutionTime":"{date}T{time}:41.2061234","ExecutionDuration":183,"ClientIpAddress":"{ip}","BrowserInfo":"Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/118.0","HttpMethod":"POST","Url":"/api/account/login","HttpStatusCode":200,"Actions":[{"ServiceName":"Volo.Abp.Account.Web.Areas.Account.Controllers.AccountController","MethodName":"Login","Parameters":"{\\"login\\":{\\"userNameOrEmailAddress\\":\\"{account}\\",\\"password\\":\\"{password}\\",\\"rememberMe\\":true}}","ExecutionDuration":176}]}',
  gpsLog: '{date} {time}:05.221 DEBUG [xcgj-sync-2] c.h.wgh.gis.ArcGisFeatureClient - POST https://gis.czjd.gov.cn/arcgis/rest/services/WGH/WGY_XCGJ/FeatureServer/0/applyEdits f=json&rollbackOnFailure=true&adds=[{"geometry":{"x":{lng},"y":{lat},"spatialReference":{"wkid":4490}},"attributes":{"SBIMEI":"{imei}","WGYSJH":"{mobile}","DWSJ":"{date} {time}:05","WGBM":"320106004004","XCLX":"日常巡查"}}]',
  serviceNote: `grpcurl -plaintext -d '{"gdbh":"12345-20260503-008127","source":"市民热线","handle_unit":"翠竹街道办事处","caller_name":"{name}","caller_tel":"{mobile}","id_card_no":"{id}","category":"投诉","content":"来电人反映5月1日在翠竹社区长者食堂用养老助餐卡订了一份午餐，同一笔订单被扣款两次共计28元，食堂称需街道审核后才能退，至今未退还，要求尽快退回多扣款项","deadline":"2026-05-08"}' 10.32.6.20:9090 wgh.hotline.v1.WorkOrderService/Dispatch`,
  proseName: '【网格走访】连日来，翠竹社区网格员{name}挨家挨户上门核对流动人口信息，走访中得知独居老人腿脚不便，还自掏腰包给老人送去一个{product}。',
  hotlineNote: '【网格通运维通知】4月20日22:00至次日06:00平台升级，期间“入户走访”“流动人口核查”暂停上报，请各网格员提前保存草稿；如升级后仍无法登录或上报失败，请拨打平台运维服务热线{hotline}。',
  orderNote: '2026-05-06 11:42:18.506 INFO  [dcep-notify-3] c.h.zczt.pay.EcnyNotifyController - 数字人民币支付结果通知 {"merchantNo":"898320173840012","outTradeNo":"{orderNo}","tradeNo":"DC20260506114216880371","txnAmt":"{price}.00","ccy":"CNY","payChannel":"DCEP","walletLevel":"4","tradeStatus":"SUCCESS","storeName":"翠竹社区长者食堂","finishTime":"20260506114217"}',
};

const HELDOUT119_TEXT: TextPhrasings = {
  hotelLog: '{date} {time}:18,604 INFO  [com.huishou.trip.CorpTravelCallbackResource] (executor-thread-7) 商旅酒店入住回传 orderStatus=CHECKED_IN passenger={name} passengerMobile={mobile} hotelName={hotel} roomNo={room} actualCheckIn="{date} {time}" costCenter=华东区-回收机巡检 tripReason="回收机月度巡检+数据清除模块固件升级"',
  chat: '{date} {time}:44.118 request_id=F7x2Kq9mB3lQAAAB [info] KioskWeb.CsChannel "cs:kiosk-HZ-XH-0318" handle_in "new_msg" %{"body" => "{text}", "from" => %{"name" => "{name}", "phone" => "{mobile}"}, "kiosk_id" => "HZ-XH-0318", "sent_at" => "{date} {time}"}',
  loginLog: '{date} {time}:52.771 +08:00 [INF] Microsoft.AspNetCore.HttpLogging.HttpLoggingMiddleware: RequestBody: {"loginName":"{account}","loginPwd":"{password}","role":"加盟商","verifyCode":"5821"} Status: Completed | RemoteIp: {ip} | Path: /api/partner/account/signin',
  gpsLog: '{date}T{time}:07+0800 hs/pda/{imei}/location {"imei":"{imei}","courierPhone":"{mobile}","lat":{lat},"lon":{lng},"acc":12,"batt":71,"taskNo":"SM20260314-0088","status":"上门中"}',
  serviceNote: '2026-04-19 16:03:27.551  WARN 1 --- [tradein-compensate-2] c.h.t.subsidy.SubsidyFailHandler         : 以旧换新补贴未核销，已转人工 case={caseNo=BT20260419-0172, customerName={name}, contactMobile={mobile}, idCardNo={id}, oldDevice=iPhone 12 128G, recyclePrice=1050.00, subsidy=500.00, reason=旧机已在回收机完成交投并出具数据清除证书，但换新订单未抵扣补贴，回收款也未到账}',
  proseName: '【环保小课堂】回收机点位的驻店员{name}说，最近来交投旧手机的人里，不少人会顺手把闲置的{product}也带来问能不能一起回收。',
  hotlineNote: '"kiosk.wipe.help": "数据清除过程中请勿断开数据线或关闭手机；如清除失败、需补开数据清除证书，请拨打客服热线 {hotline}（9:00-21:00）",',
  orderNote: '回收凭条 | 回收单号:{orderNo} | 机型:华为 Mate 40 Pro 8+256G | 成色:B+ | 回收价:¥{price}.00 | 数据清除:已完成(NIST SP 800-88 Purge) | 证书编号:DW-20260314-00871 | 打款方式:微信零钱',
};

const HELDOUT120_TEXT: TextPhrasings = {
  hotelLog: '{date} {time}:18,402 INFO  [OXI-HUB-4] c.m.oxi.ExternalSystemProcessor - Outbound RESV_CHECKIN -> CRUISE_PKG: <Reservation resvNameId="88213407" resvStatus="CHECKED IN" hotelName="{hotel}" roomNumber="{room}"><GuestName>{name}</GuestName><Phone phoneType="MOBILE">{mobile}</Phone><ArrivalTime>{date}T{time}:00</ArrivalTime><Package code="PRECRUISE1N" voyage="SH260514" transfer="SHUTTLE-WSK"/></Reservation>',
  chat: '{date} {time}:37,115 [chat-archive] INFO room=!deck9-family:chat.ship.local event={"type":"m.room.message","event_id":"$Xk2pQ9vLr7wZ","sender":"@p{mobile}:chat.ship.local","sender_displayname":"{name}","content":{"msgtype":"m.text","body":"{text}"},"origin_server_ts":"{date} {time}:36","unsigned":{"voyage":"SH260514","cabin_deck":9}}',
  loginLog: '{ip} - - [{date} {time}:33] "GET /b2b/agentLogin.do?userCode={account}&userPwd={password}&lang=zh_CN&redirect=%2Fb2b%2Fvoyage%2Finventory.do HTTP/1.1" 302 - 14ms "Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/124.0"',
  gpsLog: '10.8.3.21 - - [{date} {time}:41] "GET /?id={imei}&timestamp={date}%20{time}:38&lat={lat}&lon={lng}&speed=23.5&bearing=187&altitude=12&accuracy=8&batt=76&driverUniqueId={mobile}&tour=JJU-03 HTTP/1.1" 200 0 "-" "Traccar Client/8.2"',
  serviceNote: "2026-05-18 10:26:44,903 DEBUG urllib3.connectionpool: https://cruisecn-gs.my.salesforce.com:443 \"POST /services/data/v59.0/sobjects/Case/ HTTP/1.1\" 201 68 payload={'Subject': '岸上游取消未退款', 'Origin': 'Phone', 'Priority': 'High', 'SuppliedName': '{name}', 'SuppliedPhone': '{mobile}', 'Guest_ID_No__c': '{id}', 'Voyage_Code__c': 'SH260514', 'Description': '济州岛半日游因风浪取消，船上广播称费用将自动退回船卡，下船后结账单仍扣了2人岸上游费用，信用卡已出账，要求退款'}",
  proseName: '【今日船上日报】昨晚船长欢迎晚宴上，来自杭州的旅客{name}在幸运抽奖中抽中了一份{product}，今晚8点大剧院还有第二轮抽奖，请持船卡入场。',
  hotlineNote: '  embark_tip: "请于开航前3小时抵达吴淞口国际邮轮港办理登船手续，凭有效证件与船卡登船，开航前1小时停止办理。如有疑问请拨打客服热线{hotline}（7×24小时）"',
  orderNote: '2026-05-15 21:44:03.512 INFO [SimphonyTS] CheckClosed rvc=DutyFree-Deck7 wks=DF07-02 chk={orderNo} subtotal={price}.00 svc=0.00 total={price}.00 cur=CNY tender=ROOM_CHARGE posting=OK',
};

const HELDOUT121_TEXT: TextPhrasings = {
  hotelLog: '{date} {time}:26.331 INFO  [Camel (workshop-sync) thread #4 - kafka://pms.checkin] route-workshop-checkin - Exchange[Id: 4F1C2A9E0B7D3E5-0000000000000137, ExchangePattern: InOnly, BodyType: String, Body: {"event":"GUEST_CHECKED_IN","workshop":"2026春季沙盘游戏疗法连续培训(第二期)","traineeName":"{name}","traineeMobile":"{mobile}","hotel":"{hotel}","roomNo":"{room}","checkInAt":"{date} {time}","roommateMatch":"同性别双人间"}]',
  chat: '{date} {time}:09,417 INFO [TranscriptLogger] activity={"type":"message","id":"K7pQ2x9LmV3-0012","timestamp":"{date}T{time}:09.417+08:00","channelId":"directline","from":{"id":"dl_8f3a61c2","name":"{name}","role":"user"},"conversation":{"id":"textline-20260314-0387"},"text":"{text}","locale":"zh-CN","channelData":{"boundPhone":"{mobile}","queue":"文字倾诉-夜间","riskFlag":"none"}}',
  loginLog: '[{date} {time}:07,118] DEBUG in auth: 预约后台登录 remote_addr={ip} form=ImmutableMultiDict([(\'username\', \'{account}\'), (\'password\', \'{password}\'), (\'captcha\', \'7k3m\'), (\'next\', \'/admin/schedule/today\')])',
  gpsLog: '{date} {time}:52 [ot-recorder] owntracks/{mobile}/{imei} {"_type":"location","tid":"WJ","lat":{lat},"lon":{lng},"acc":9,"alt":41,"batt":64,"bs":1,"conn":"m","vel":0,"t":"u","tag":"危机外展-上门评估","tst":1778054392}',
  serviceNote: '{"route_id":"ticket-create","service_id":"helpdesk","client_ip":"10.20.3.14","start_time":1779071204903,"request":{"method":"POST","uri":"/openapi/v1/tickets","size":812,"body":"{\\"category\\":\\"退款\\",\\"priority\\":\\"high\\",\\"title\\":\\"咨询套餐重复扣款未退\\",\\"customer\\":{\\"name\\":\\"{name}\\",\\"mobile\\":\\"{mobile}\\",\\"idCard\\":\\"{id}\\"},\\"content\\":\\"来访者在小程序购买6次个体咨询套餐，支付时页面卡住，重复支付两次共扣款4680元，中心只确认一笔订单，另一笔申请退款已超过10个工作日仍未到账\\"}"},"response":{"status":201,"size":96},"upstream":"10.20.5.8:8080","latency":38.2}',
  proseName: '【咨询师手记】八次团体辅导结束那天，带领者{name}给每位组员准备了一个{product}，附了一张卡片：焦虑来的时候，先停下来做三次深呼吸。',
  hotlineNote: 'IVR_AFTERHOURS_01,非工作时间提示,"您好，现在是预约中心非工作时间，请在工作日9:00-21:00再来电或在小程序自助预约。如果您正处于危机中，请拨打24小时心理援助热线{hotline}，或直接拨打110、120。",zh-CN,tts,2026-03-01',
  orderNote: '2026-03-21 16:05:41.207 INFO  [life-verify-6] c.x.booking.douyin.VerifyCallbackController - 团购券核销成功 {"verify_id":"7329018845216390771","order_id":"{orderNo}","certificate":{"code":"DY8741206693","amount":{"original_amount":{price}00,"pay_amount":{price}00}},"sku_title":"正念减压8周团体课·单次体验","poi_id":"7120334581926508","verify_time":1778054741}',
};

const HELDOUT122_TEXT: TextPhrasings = {
  hotelLog: '{date}T{time}:12.431210Z  INFO travel_sync::ctrip_corp: hotel order status pushed order_id=HT26051800172 status="CheckIn" traveler="{name}" traveler_mobile="{mobile}" hotel="{hotel}" room_no="{room}" check_in_at="{date} {time}" cost_center="SZX-BG-03" purpose="深圳湾口岸驻场报关"',
  chat: '{date} {time}:07.218 info: [wa-webhook] inbound {"object":"whatsapp_business_account","entry":[{"id":"108274519930412","changes":[{"value":{"messaging_product":"whatsapp","metadata":{"display_phone_number":"61291234567","phone_number_id":"113052948812903"},"contacts":[{"profile":{"name":"{name}"},"wa_id":"86{mobile}"}],"messages":[{"from":"86{mobile}","id":"wamid.HBgNODYxMzgwMDEzODAwMBUCABIYFjNFQjA2QzY0","timestamp":"{date} {time}","type":"text","text":{"body":"{text}"}}]},"field":"messages"}]}]} job=SYD-SZX-2605-0193',
  loginLog: "[{date} {time}:05 +0800] [18264] [DEBUG] portal.auth: login form RequestParameters({'loginName': ['{account}'], 'loginPwd': ['{password}'], 'captcha': ['k7m2'], 'lang': ['zh-CN']}) from {ip}",
  gpsLog: '{date} {time}:03.882 INFO [rockblock-webhook] POST /hooks/rockblock imei={imei}&serial=21874&momsn=1042&transmit_time={date}%20{time}:01&iridium_latitude={lat}&iridium_longitude={lng}&iridium_cep=4&data=7b22626174223a38317d -> container=TGHU8712046 notify_sms={mobile} status=202',
  serviceNote: 'POST https://hwtong.webhook.office.com/webhookb2/7c1e2f4a-93d0-4b8e-a6f1-2d5c0e8b7a41@5b9f0c3e-1d2a-4e7b-8c6d-0f3a2b1e9d57/IncomingWebhook/3e8a1c7d52f04b6e9a0d1c2b3f4e5a6d/8f2b7c1e-4d3a-4a9b-b5e6-0c1d2e3f4a5b 200 body={"@type":"MessageCard","@context":"https://schema.org/extensions","themeColor":"D70000","summary":"客诉升级","sections":[{"activityTitle":"客诉升级：海运搬家 JOB-SYD2604-0387 到货破损/短少","facts":[{"name":"客户","value":"{name}"},{"name":"手机","value":"{mobile}"},{"name":"身份证","value":"{id}"},{"name":"问题","value":"深圳蛇口开箱查验后钢琴外壳开裂、书籍两箱缺失，客户要求按保价赔偿并退还查验费"}]}]}',
  proseName: '【客户故事】在墨尔本读完研究生的{name}说，打包时最舍不得的是那只陪自己熬过无数个deadline的{product}，这次也跟着3立方的搬家柜一起回了国。',
  hotlineNote: '-- 华运通国际物流（深圳）有限公司 私人物品/海运搬家事业部 | 海关AEO高级认证企业 | 全国服务热线 {hotline}（周一至周六 9:00-18:30）| 本邮件及附件可能含保密信息，如误收请立即删除',
  orderNote: '2026-05-19 09:12:40.117 [pool-3-thread-2] INFO  c.h.customs.TaxReceiptListener - 行邮税款缴纳回执 <TaxReceipt><TaxBillNo>{orderNo}</TaxBillNo><TaxType>行邮税</TaxType><Amount>{price}.00</Amount><Currency>CNY</Currency><PayStatus>已缴款</PayStatus><PayBank>中国银行深圳分行</PayBank></TaxReceipt>',
};

const HELDOUT123_TEXT: TextPhrasings = {
  hotelLog: '{date} {time}:26.418 INFO  [rcgy-notify-2] c.g.rcgy.sms.CloudMasSmsClient - 云MAS短信提交 url=http://112.35.1.155:1992/sms/norsubmit req={"ecName":"市住房公积金管理中心","apId":"rcgy_notice","mobiles":"{mobile}","content":"{name}您好，您已于{date} {time}办理入住{hotel}{room}房，人才公寓过渡期最长12个月，退租请提前15日到服务中心办理交房。","sign":"Kq7wX2pLe","addSerial":"","mac":"5c0e8a91d2f34b67a1e09c3d7f6b2a48"} rsp={"rspcod":"success","msgGroup":"0314102026418009213","success":true}',
  chat: '{date} {time}:09.552318000 +0800 gjj.kf.chat: {"session_id":"wx_8f2c61d0a4","channel":"wx_gzh","from_name":"{name}","from_tel":"{mobile}","content":"{text}","send_time":"{date} {time}:09","queue":"提取业务咨询","agent_no":"12329-017"}',
  loginLog: '{date} {time}:12 {ip} POST /dwwt/login.do HTTP/1.1 200 1842 jbrzh={account}&jbrmm={password}&dwzh=110102000318&yzm=K7dQ&loginType=1',
  gpsLog: '{"topic":"gzf_hc_track","partition":2,"offset":881532,"tstype":"create","ts":1773454803884,"broker":1,"headers":["source","hc-app"],"key":"{imei}","payload":"{\\"tel\\":\\"{mobile}\\",\\"lat\\":{lat},\\"lng\\":{lng},\\"gpsTime\\":\\"{date} {time}:03\\",\\"task\\":\\"HC20260314-0217\\",\\"xqmc\\":\\"安居苑二期\\"}"}',
  serviceNote: '2026-04-22 15:41:07.228 [http-nio-8090-exec-3] INFO  c.g.gzf.flow.RentRefundService - startProcessInstanceByKey(gzf_rent_refund) businessKey=TK202604220031 variables={sqr={name}, lxdh={mobile}, sfzh={id}, xqmc=安居苑二期, fh=7-2-1503, tkje=860.00, tkyy=3月租金已由公积金按月提取划扣，承租人又在自助缴费机重复缴纳一次，至今未退，申请退还多缴租金}',
  proseName: '【安居家园】上周六的公租房小区邻里节上，7号楼的承租户{name}带来自家闲置的{product}参加以物换物，还给社区图书角捐了两箱童书。',
  hotlineNote: '{"rule_name":"人工客服","create_time":1710300000,"reply_mode":"reply_all","keyword_list_info":[{"type":"text","match_mode":"contain","content":"人工"}],"reply_list_info":[{"type":"text","content":"您好，人工坐席服务时间为工作日8:30-17:30。非工作时间如需咨询公积金贷款还款事宜，请拨打贷款受托银行客服电话{hotline}。"}]}',
  orderNote: '2026-05-09 14:12:33,480 INFO [fs-notify-1] 非税收入缴款结果通知 {"jkm":"{orderNo}","zsdwbm":"331001","zsdwmc":"市住房保障中心","srxmbm":"103040101","srxmmc":"公共租赁住房租金收入","jkje":"{price}.00","jkzt":"1","jkqd":"银联在线","jksj":"20260509141231"}',
};

export function phrasingsOf(variant: Variant): TextPhrasings {
  return { dev: DEV_TEXT, heldout: HELDOUT_TEXT, heldout2: HELDOUT2_TEXT, heldout3: HELDOUT3_TEXT, heldout4: HELDOUT4_TEXT, heldout5: HELDOUT5_TEXT, heldout6: HELDOUT6_TEXT, heldout7: HELDOUT7_TEXT, heldout8: HELDOUT8_TEXT, heldout9: HELDOUT9_TEXT, heldout10: HELDOUT10_TEXT, heldout11: HELDOUT11_TEXT, heldout12: HELDOUT12_TEXT, heldout13: HELDOUT13_TEXT, heldout14: HELDOUT14_TEXT, heldout15: HELDOUT15_TEXT, heldout16: HELDOUT16_TEXT, heldout17: HELDOUT17_TEXT, heldout18: HELDOUT18_TEXT, heldout19: HELDOUT19_TEXT, heldout20: HELDOUT20_TEXT, heldout21: HELDOUT21_TEXT, heldout22: HELDOUT22_TEXT, heldout23: HELDOUT23_TEXT, heldout24: HELDOUT24_TEXT, heldout25: HELDOUT25_TEXT, heldout26: HELDOUT26_TEXT, heldout27: HELDOUT27_TEXT, heldout28: HELDOUT28_TEXT, heldout29: HELDOUT29_TEXT, heldout30: HELDOUT30_TEXT, heldout31: HELDOUT31_TEXT, heldout32: HELDOUT32_TEXT, heldout33: HELDOUT33_TEXT, heldout34: HELDOUT34_TEXT, heldout35: HELDOUT35_TEXT, heldout36: HELDOUT36_TEXT, heldout37: HELDOUT37_TEXT, heldout38: HELDOUT38_TEXT, heldout39: HELDOUT39_TEXT, heldout40: HELDOUT40_TEXT, heldout41: HELDOUT41_TEXT, heldout42: HELDOUT42_TEXT, heldout43: HELDOUT43_TEXT, heldout44: HELDOUT44_TEXT, heldout45: HELDOUT45_TEXT, heldout46: HELDOUT46_TEXT, heldout47: HELDOUT47_TEXT, heldout48: HELDOUT48_TEXT, heldout49: HELDOUT49_TEXT, heldout50: HELDOUT50_TEXT, heldout51: HELDOUT51_TEXT, heldout52: HELDOUT52_TEXT, heldout53: HELDOUT53_TEXT, heldout54: HELDOUT54_TEXT, heldout55: HELDOUT55_TEXT, heldout56: HELDOUT56_TEXT, heldout57: HELDOUT57_TEXT, heldout58: HELDOUT58_TEXT, heldout59: HELDOUT59_TEXT, heldout60: HELDOUT60_TEXT, heldout61: HELDOUT61_TEXT, heldout62: HELDOUT62_TEXT, heldout63: HELDOUT63_TEXT, heldout64: HELDOUT64_TEXT, heldout65: HELDOUT65_TEXT, heldout66: HELDOUT66_TEXT, heldout67: HELDOUT67_TEXT, heldout68: HELDOUT68_TEXT, heldout69: HELDOUT69_TEXT, heldout70: HELDOUT70_TEXT, heldout71: HELDOUT71_TEXT, heldout72: HELDOUT72_TEXT, heldout73: HELDOUT73_TEXT, heldout74: HELDOUT74_TEXT, heldout75: HELDOUT75_TEXT, heldout76: HELDOUT76_TEXT, heldout77: HELDOUT77_TEXT, heldout78: HELDOUT78_TEXT, heldout79: HELDOUT79_TEXT, heldout80: HELDOUT80_TEXT, heldout81: HELDOUT81_TEXT, heldout82: HELDOUT82_TEXT, heldout83: HELDOUT83_TEXT, heldout84: HELDOUT84_TEXT, heldout85: HELDOUT85_TEXT, heldout86: HELDOUT86_TEXT, heldout87: HELDOUT87_TEXT, heldout88: HELDOUT88_TEXT, heldout89: HELDOUT89_TEXT, heldout90: HELDOUT90_TEXT, heldout91: HELDOUT91_TEXT, heldout92: HELDOUT92_TEXT, heldout93: HELDOUT93_TEXT, heldout94: HELDOUT94_TEXT, heldout95: HELDOUT95_TEXT, heldout96: HELDOUT96_TEXT, heldout97: HELDOUT97_TEXT, heldout98: HELDOUT98_TEXT, heldout99: HELDOUT99_TEXT, heldout100: HELDOUT100_TEXT, heldout101: HELDOUT101_TEXT, heldout102: HELDOUT102_TEXT, heldout103: HELDOUT103_TEXT, heldout104: HELDOUT104_TEXT, heldout105: HELDOUT105_TEXT, heldout106: HELDOUT106_TEXT, heldout107: HELDOUT107_TEXT, heldout108: HELDOUT108_TEXT, heldout109: HELDOUT109_TEXT, heldout110: HELDOUT110_TEXT, heldout111: HELDOUT111_TEXT, heldout112: HELDOUT112_TEXT, heldout113: HELDOUT113_TEXT, heldout114: HELDOUT114_TEXT, heldout115: HELDOUT115_TEXT, heldout116: HELDOUT116_TEXT, heldout117: HELDOUT117_TEXT, heldout118: HELDOUT118_TEXT, heldout119: HELDOUT119_TEXT, heldout120: HELDOUT120_TEXT, heldout121: HELDOUT121_TEXT, heldout122: HELDOUT122_TEXT, heldout123: HELDOUT123_TEXT }[variant];
}
