namespace Archive.Samples.Generation;

/// <summary>
/// Our own sentence templates and vocabulary for report prose. Placeholders: {self} (我局), {agency}, {year},
/// {next}, {topic}, {topic2}, {site}, {guide} (the era's guiding phrase). No sentence here carries a number
/// next to a metric phrase: figures and distractors are composed separately by <see cref="ProseComposer"/>.
/// </summary>
internal static class ProseBank
{
    public static readonly string[] GuideBefore2013 = ["深入贯彻落实科学发展观", "认真贯彻落实上级关于政务公开的部署", "按照建设服务型机关的要求"];

    public static readonly string[] Guide2013To2017 = ["深入贯彻党的十八大精神", "认真落实全面推进政务公开工作的部署", "按照法治政府建设的要求"];

    public static readonly string[] GuideFrom2018 = ["坚持以习近平新时代中国特色社会主义思想为指导", "深入学习贯彻党的二十大精神", "全面贯彻落实党中央、国务院关于全面推进政务公开的决策部署", "认真落实法治政府建设实施纲要"];

    public static readonly string[] Openers =
    [
        "{year}年，{self}{guide}，认真贯彻落实《中华人民共和国政府信息公开条例》，围绕中心工作持续深化政务公开，政府信息公开工作取得新进展。",
        "{year}年，在上级党委、政府的坚强领导下，{self}严格落实政府信息公开各项要求，坚持以公开为常态、不公开为例外，不断提升政务公开质量。",
        "{year}年，{self}把政府信息公开工作作为转变作风、提高效能的重要抓手，健全工作机制，拓宽公开渠道，切实保障人民群众的知情权、参与权、表达权和监督权。",
        "{year}年，{self}紧紧围绕{topic}、{topic2}等重点工作，扎实推进决策、执行、管理、服务、结果公开，政务公开的广度和深度进一步拓展。",
        "{year}年，{self}{guide}，加强组织领导，细化责任分工，政府信息公开工作总体平稳有序。",
        "{year}年以来，{self}以群众需求为导向，聚焦{topic}等社会关注领域，持续加大信息发布、政策解读和回应关切力度。",
        "{year}年，{self}按照“公开为常态、不公开为例外”的原则，认真做好政府信息主动公开、依申请公开和政策解读工作，各项工作有序推进。",
    ];

    public static readonly string[] Organisation =
    [
        "{self}成立了由主要负责同志任组长、分管负责同志任副组长、各科室负责人为成员的政务公开工作领导小组，领导小组办公室设在办公室，负责日常工作。",
        "调整充实了政务公开工作领导小组，明确专人具体负责，形成了主要领导亲自抓、分管领导具体抓、各科室协同配合的工作格局。",
        "将政府信息公开工作纳入年度目标责任考核，定期研究部署，及时解决工作中遇到的困难和问题。",
        "修订完善了《政府信息主动公开制度》《依申请公开工作规程》《信息发布保密审查制度》等制度，推动工作规范化、制度化。",
        "严格落实“先审查、后公开”和“一事一审”制度，确保公开信息不涉密、不泄密。",
        "建立健全信息发布协调机制，明确信息发布的范围、程序和时限，做到应公开尽公开。",
        "坚持把政务公开与业务工作同部署、同检查、同考核，确保各项任务落到实处。",
        "印发年度政务公开工作要点，对重点任务逐项分解，明确责任科室和完成时限。",
    ];

    public static readonly string[] ActiveDisclosure =
    [
        "围绕{topic}、{topic2}等群众关注的重点领域，及时公开政策文件、工作动态和办事指南。",
        "按照“谁制作、谁公开，谁保存、谁公开”的原则，规范公开流程，提高公开时效。",
        "及时更新政府信息公开指南和公开目录，方便公众查阅。",
        "重点做好{topic}领域信息公开，主动接受社会监督。",
        "在{site}开设{topic}专栏，集中发布相关政策和办理结果。",
        "对涉及群众切身利益的{topic}事项，坚持事前公开征求意见、事中公开办理进度、事后公开办理结果。",
        "及时公开部门预算、决算及“三公”经费情况，自觉接受社会监督。",
        "全面梳理权责清单和公共服务事项清单，做到公开内容全覆盖。",
        "聚焦{topic}，通过图解、问答等形式对重要政策进行解读，增强政策的知晓度。",
    ];

    public static readonly string[] Application =
    [
        "进一步规范依申请公开工作流程，严格按照受理、审查、办理、答复、归档的程序办理。",
        "畅通网上申请、信函申请和当面申请等渠道，在法定期限内答复申请人。",
        "对申请内容不明确的，及时告知申请人补正，做到依法依规、规范答复。",
        "依申请公开工作做到了登记、审核、答复各环节有据可查。",
        "认真研究每一件申请的具体诉求，做到答复要素齐全、依据充分、告知到位。",
    ];

    public static readonly string[] Management =
    [
        "加强政府信息公开属性源头认定，在公文拟制环节同步明确公开属性。",
        "定期开展规范性文件清理工作，及时公布清理结果。",
        "建立信息发布台账，对发布内容实行分级审核。",
        "严格执行信息发布保密审查制度，杜绝涉密信息上网。",
        "对照公开标准目录，逐项核对公开内容，动态调整公开事项。",
    ];

    public static readonly string[] Platform =
    [
        "持续加强{site}建设，优化栏目设置，提升信息检索和展示功能。",
        "充分发挥政务新媒体作用，实现信息同步推送、多渠道发布。",
        "规范政务新媒体管理，对内容发布实行三审制度。",
        "完善政府信息公开查阅场所，为公众查阅政府信息提供便利。",
        "依托政务服务大厅设置政务公开专区，提供政策咨询和信息查阅服务。",
    ];

    public static readonly string[] Supervision =
    [
        "将政务公开工作纳入绩效考核，定期开展自查自纠。",
        "主动接受社会评议和群众监督，对发现的问题立行立改。",
        "组织开展政务公开业务培训，提升工作人员业务能力。",
        "本年度未发生因政府信息公开工作引发的责任追究情况。",
        "聘请社会监督员，对政务公开工作开展常态化监督。",
    ];

    public static readonly string[] Problems =
    [
        "公开内容还不够全面，部分信息公开的及时性有待提高",
        "政策解读的形式较为单一，解读的针对性和可读性不强",
        "工作人员多为兼职，业务能力与新形势新要求还有差距",
        "政务新媒体的互动功能发挥不充分，回应关切的时效性有待加强",
        "公开平台栏目设置还不够科学，部分栏目更新不及时",
        "对政务公开工作的重要性认识还不够到位，主动公开的意识有待增强",
        "{topic}领域信息公开的深度和广度还需拓展",
    ];

    public static readonly string[] Improvements =
    [
        "进一步加强业务培训，提高工作人员的业务素质和工作能力",
        "丰富政策解读形式，综合运用图表图解、音视频等方式，增强解读效果",
        "加强平台建设，及时更新栏目内容，提高信息发布质量",
        "强化监督考核，将政务公开工作落实情况纳入年度考核",
        "围绕{topic}等重点领域，持续加大信息公开力度",
        "健全回应关切机制，及时回应社会关切，正确引导舆论",
        "严格落实保密审查制度，确保信息公开安全规范",
    ];

    public static readonly string[] OtherMatters =
    [
        "本年度无其他需要报告的事项。",
        "认真办理人大代表建议和政协委员提案，办理结果按要求予以公开。",
        "积极推进政务公开标准化规范化建设，梳理完善{topic}领域公开事项标准目录。",
        "组织开展政府开放日活动，邀请群众代表走进机关，了解{topic}工作情况。",
    ];

    public static readonly string[] NoFees2021 =
    [
        "本年度{self}未收取信息处理费。",
        "依据《政府信息公开信息处理费管理办法》，{self}{year}年度未产生信息处理费。",
        "{year}年，{self}未向申请人收取信息处理费。",
    ];

    public static readonly string[] NoFeesPre2019 =
    [
        "{year}年，{self}在依申请公开工作中未收取任何费用。",
        "本年度无政府信息公开收费及减免情况。",
        "{self}严格执行政府信息公开收费规定，本年度未收取检索、复制、邮寄等费用。",
    ];

    public static readonly string[] NoReviewsPre2019 =
    [
        "{year}年，{self}未发生因政府信息公开申请提起行政复议、行政诉讼的情况。",
        "本年度没有因政府信息公开引起的行政复议和行政诉讼。",
        "本年度未收到针对{self}政府信息公开工作的行政复议申请，未发生相关行政诉讼。",
    ];

    public static readonly string[] ReviewsSeeTable =
    [
        "因政府信息公开申请提起行政复议、行政诉讼的情况详见附表。",
        "相关行政复议、行政诉讼情况已在统计表中列明。",
    ];

    public static readonly string[] NoApplications =
    [
        "{year}年，{self}未收到政府信息公开申请。",
        "本年度未收到公民、法人或其他组织提出的政府信息公开申请。",
    ];

    // Series mode: a report's own work of the year, composed from parts (so two bodies rarely print the same 12
    // ideographs running): when, what was done about which topic, through which channel, with what result. No figures.
    public static readonly string[] WorkWhen = ["年初", "上半年", "年中", "下半年", "第一季度", "第二季度", "第三季度", "年底", "汛期前", "春节前后", "开学季", "全年"];

    public static readonly string[] WorkAction = ["制定印发", "修订出台", "组织编制", "集中发布", "梳理公开", "动态更新", "专题解读", "汇编印制", "会同相关单位联合发布", "牵头起草"];

    public static readonly string[] WorkObject =
    [
        "{topic}相关政策文件汇编", "《{topic}工作实施方案》", "{topic}办事服务指南", "{topic}领域公开事项清单", "{topic}政策问答手册",
        "{topic}工作年度计划", "《关于进一步做好{topic}工作的通知》", "{topic}工作推进情况", "{topic}资金分配结果", "{topic}专项检查结果",
    ];

    public static readonly string[] WorkChannel =
    [
        "通过门户网站和微信公众号同步推送", "在政务服务大厅摆放宣传资料", "借助村（社区）公开栏张贴公示", "依托融媒体中心广泛宣传",
        "召开新闻发布会对外通报", "以一图读懂形式配套解读", "邀请业务骨干在线访谈", "印发明白纸入户发放", "在服务窗口设置咨询台",
    ];

    public static readonly string[] WorkResult =
    [
        "群众知晓度明显提高", "相关咨询来电有所减少", "得到办事群众普遍好评", "企业办事更加便捷", "政策落地更加顺畅",
        "社会反响良好", "收到留言建议后逐条答复", "有效回应了基层关切", "相关投诉同比下降",
    ];

    public static readonly string[] Ordinals = ["一是", "二是", "三是", "四是", "五是"];

    public static readonly string[] SiteForms = ["{prefix}人民政府门户网站", "{prefix}人民政府网站", "{prefix}政府信息公开平台", "{agency}门户网站"];

    public static readonly string[] WechatAccounts = ["发布", "政务", "之声", "在线", "服务"];

    public static readonly string[] Surnames = ["王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "马", "朱", "胡", "郭", "何", "罗", "高", "林"];

    public static readonly string[] GivenNames =
    [
        "建华", "丽娟", "志强", "晓燕", "海涛", "秀英", "立新", "红梅", "国庆", "文杰", "春燕", "伟", "敏", "静", "磊", "洋", "娜", "军", "勇", "艳",
    ];

    public static readonly string[] Topics2019Headings =
    [
        "（一）主动公开", "（二）依申请公开", "（三）政府信息管理", "（四）政府信息公开平台建设", "（五）监督保障",
    ];
}
