"""Word banks the synthetic plans are built from, in the register of a municipal plan."""

from __future__ import annotations

#: (topic as printed in the title, short slug for the file name)
TOPICS: tuple[tuple[str, str], ...] = (
    ("数字政府建设", "digital-government"),
    ("营商环境优化提升", "business-environment"),
    ("城市更新", "urban-renewal"),
    ("智慧交通建设", "smart-transport"),
    ("乡村振兴", "rural-revitalisation"),
    ("生态环境保护", "ecology"),
    ("应急管理能力提升", "emergency"),
    ("养老服务体系建设", "elderly-care"),
    ("教育数字化转型", "education"),
    ("医疗卫生服务能力提升", "health"),
    ("公共数据开放", "open-data"),
    ("网格化基层治理", "grid-governance"),
    ("制造业数字化转型", "manufacturing"),
    ("文化旅游融合发展", "culture-tourism"),
    ("住房保障", "housing"),
    ("安全生产专项整治", "work-safety"),
    ("科技创新", "innovation"),
    ("一网通办", "one-stop-service"),
    ("城市运行一网统管", "city-operations"),
    ("社会信用体系建设", "social-credit"),
)

VERBS: tuple[str, ...] = (
    "加快", "推进", "完善", "强化", "深化", "健全", "优化", "统筹", "提升", "构建",
    "打造", "探索", "推动", "拓展", "夯实", "规范",
)  # fmt: skip

OBJECTS: tuple[str, ...] = (
    "政务数据共享", "一体化政务服务", "城市运行管理", "网格化治理", "公共数据开放",
    "应急指挥调度", "智慧医疗服务", "数字乡村治理", "协同办公", "社会信用监管",
    "城市信息模型", "视频资源整合", "电子证照应用", "企业服务空间", "智慧养老监管",
    "生态环境监测", "安全风险预警", "市场主体服务", "数据安全防护", "智慧校园",
    "住房保障信息", "交通运行监测", "工业互联网", "文旅融合服务", "基层减负",
)  # fmt: skip

SUFFIXES: tuple[str, ...] = (
    "建设", "机制", "能力", "水平", "体系", "平台", "应用", "改革", "标准规范", "工作格局",
)  # fmt: skip

TAILS: tuple[str, ...] = (
    "实现跨部门、跨层级、跨区域协同联动",
    "形成可复制可推广的经验做法",
    "切实提升群众和企业的获得感",
    "确保各项任务按期落地见效",
    "推动形成纵向贯通、横向协同的工作体系",
    "做到全流程线上办理、一次办成",
    "促进数据资源高效流通和有序利用",
    "持续提升治理精细化智能化水平",
)

SECTION_TITLES: tuple[str, ...] = (
    "提升城市治理能力", "优化政务服务供给", "夯实数字基础支撑", "强化数据资源管理",
    "促进产业融合发展", "保障改善民生服务", "筑牢安全发展底线", "深化重点领域改革",
)  # fmt: skip

DEADLINES: tuple[str, ...] = (
    "2024年底前", "2025年底前", "2025年6月底前", "持续推进", "长期坚持", "2026年底前",
)  # fmt: skip

#: A 责任清单's note that the first unit of each list leads (schemas/grammar.toml
#: [notes] first_listed_lead holds the phrases the parser knows).
FIRST_LISTED_NOTES: tuple[str, ...] = (
    "各项任务中，责任单位排在第一位的为牵头单位，其他为责任单位",
    "责任单位排在首位的为牵头单位，其余为责任单位",
    "排在第一位的单位为牵头单位",
    "列第一位的为牵头单位",
)

#: Persons a progress table or a sentence names in charge (leaders, never units).
LEADERS: tuple[str, ...] = ("陈立新", "王海燕", "刘志强", "孙丽华", "周明远", "赵敏")

SAFEGUARDS: tuple[str, ...] = ("加强组织领导", "强化资金保障", "严格督导考核", "营造良好氛围")

#: Characters the scrape of the real plan printed with a pinyin gloss, as it printed them.
GLOSSES: dict[str, str] = {
    "數": "shù", "務": "wù", "據": "jù", "網": "wǎng", "設": "shè", "區": "qū", "發": "fā",
    "應": "yīng", "業": "yè", "統": "tǒng", "聯": "lián", "責": "zé", "領": "lǐng",
    "監": "jiān", "產": "chǎn", "現": "xiàn", "礎": "chǔ", "構": "gòu", "關": "guān",
    "協": "xié", "養": "yǎng", "絡": "luò", "預": "yù", "創": "chuàng", "規": "guī",
    "經": "jīng", "術": "shù", "優": "yōu", "調": "diào", "轉": "zhuǎn", "風": "fēng",
    "學": "xué", "醫": "yī", "環": "huán", "鄉": "xiāng", "態": "tài", "質": "zhì",
    "內": "nèi", "續": "xù", "農": "nóng", "衛": "wèi", "節": "jié", "穩": "wěn", "導": "dǎo",
}  # fmt: skip

#: Unit names of the real plan, used when no registry file is at hand.
REAL_UNITS: tuple[str, ...] = (
    "市新型智慧城市运行中心", "市委组织部", "市委社治委", "市委政法委", "市委编办",
    "市民政局", "市城管局", "市公安局", "市大数据局", "市应急局", "市商务局",
    "市市场发展中心", "市政务办", "市卫健委", "市教育局", "市住房保障局", "市人社局",
    "市委办公厅", "市司法局", "市委机要保密局", "市委网信办", "市发展改革委", "市科技局",
    "市工信局", "市城建局", "市农委",
)  # fmt: skip

#: Collective phrases of the real plan, used when no registry file is at hand.
REAL_COLLECTIVES: tuple[str, ...] = ("市政府各部门", "各开发区管委会", "各区县〔市〕人民政府")

#: Header words only a task table prints: (responsible column, deadline column), beside the
#: clause labels a table may also use as headers.
TABLE_HEADERS: tuple[tuple[str, str], ...] = (("责任主体", "时间安排"), ("责任主体", "完成时限"))
