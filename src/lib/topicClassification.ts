/** two-level 主题分类 used by the State Council policy library (gov.cn); display form 一级\二级 (copied from shared/data/topic-classification.json). */
export const TOPIC_CLASSIFICATION = [
  {
    "code": "01",
    "name": "国务院组织机构",
    "children": [
      {
        "code": "0101",
        "name": "国务院"
      },
      {
        "code": "0102",
        "name": "国务院办公厅"
      },
      {
        "code": "0103",
        "name": "国务院组成部门"
      },
      {
        "code": "0104",
        "name": "国务院直属特设机构"
      },
      {
        "code": "0105",
        "name": "国务院直属机构"
      },
      {
        "code": "0106",
        "name": "国务院办事机构"
      },
      {
        "code": "0107",
        "name": "国务院直属事业单位"
      },
      {
        "code": "0108",
        "name": "国务院部委管理的国家局"
      },
      {
        "code": "0109",
        "name": "国务院议事协调机构"
      },
      {
        "code": "0110",
        "name": "其他"
      }
    ]
  },
  {
    "code": "02",
    "name": "综合政务",
    "children": [
      {
        "code": "0201",
        "name": "政务公开"
      },
      {
        "code": "0202",
        "name": "政务督查"
      },
      {
        "code": "0203",
        "name": "应急管理"
      },
      {
        "code": "0204",
        "name": "电子政务"
      },
      {
        "code": "0205",
        "name": "文秘工作"
      },
      {
        "code": "0206",
        "name": "保密工作"
      },
      {
        "code": "0207",
        "name": "信访"
      },
      {
        "code": "0208",
        "name": "参事、文史"
      },
      {
        "code": "0209",
        "name": "其他"
      }
    ]
  },
  {
    "code": "03",
    "name": "国民经济管理、国有资产监管",
    "children": [
      {
        "code": "0301",
        "name": "宏观经济"
      },
      {
        "code": "0302",
        "name": "经济体制改革"
      },
      {
        "code": "0303",
        "name": "统计"
      },
      {
        "code": "0304",
        "name": "物价"
      },
      {
        "code": "0305",
        "name": "国有资产监管"
      },
      {
        "code": "0306",
        "name": "重大建设项目"
      },
      {
        "code": "0307",
        "name": "其他"
      }
    ]
  },
  {
    "code": "04",
    "name": "财政、金融、审计",
    "children": [
      {
        "code": "0401",
        "name": "财政"
      },
      {
        "code": "0402",
        "name": "税务"
      },
      {
        "code": "0403",
        "name": "银行"
      },
      {
        "code": "0404",
        "name": "货币（含外汇）"
      },
      {
        "code": "0405",
        "name": "证券"
      },
      {
        "code": "0406",
        "name": "保险"
      },
      {
        "code": "0407",
        "name": "社会信用体系建设"
      },
      {
        "code": "0408",
        "name": "审计"
      },
      {
        "code": "0409",
        "name": "其他"
      }
    ]
  },
  {
    "code": "05",
    "name": "国土资源、能源",
    "children": [
      {
        "code": "0501",
        "name": "土地"
      },
      {
        "code": "0502",
        "name": "矿产"
      },
      {
        "code": "0503",
        "name": "水资源"
      },
      {
        "code": "0504",
        "name": "海洋"
      },
      {
        "code": "0505",
        "name": "煤炭"
      },
      {
        "code": "0506",
        "name": "石油与天然气"
      },
      {
        "code": "0507",
        "name": "电力"
      },
      {
        "code": "0508",
        "name": "其他"
      }
    ]
  },
  {
    "code": "06",
    "name": "农业、林业、水利",
    "children": [
      {
        "code": "0601",
        "name": "农业、畜牧业、渔业"
      },
      {
        "code": "0602",
        "name": "林业"
      },
      {
        "code": "0603",
        "name": "水利"
      },
      {
        "code": "0604",
        "name": "其他"
      }
    ]
  },
  {
    "code": "07",
    "name": "工业、交通",
    "children": [
      {
        "code": "0701",
        "name": "机械制造与重工业"
      },
      {
        "code": "0702",
        "name": "轻工纺织"
      },
      {
        "code": "0703",
        "name": "化工"
      },
      {
        "code": "0704",
        "name": "国防工业"
      },
      {
        "code": "0705",
        "name": "航天、航空"
      },
      {
        "code": "0706",
        "name": "信息产业（含电信）"
      },
      {
        "code": "0707",
        "name": "公路"
      },
      {
        "code": "0708",
        "name": "水运"
      },
      {
        "code": "0709",
        "name": "铁路"
      },
      {
        "code": "0710",
        "name": "民航"
      },
      {
        "code": "0711",
        "name": "邮政"
      },
      {
        "code": "0712",
        "name": "其他"
      }
    ]
  },
  {
    "code": "08",
    "name": "商贸、海关、旅游",
    "children": [
      {
        "code": "0801",
        "name": "对外经贸合作"
      },
      {
        "code": "0802",
        "name": "国内贸易（含供销）"
      },
      {
        "code": "0803",
        "name": "海关"
      },
      {
        "code": "0804",
        "name": "检验、检疫"
      },
      {
        "code": "0805",
        "name": "旅游"
      },
      {
        "code": "0806",
        "name": "其他"
      }
    ]
  },
  {
    "code": "09",
    "name": "市场监管、安全生产监管",
    "children": [
      {
        "code": "0901",
        "name": "工商"
      },
      {
        "code": "0902",
        "name": "质量监督"
      },
      {
        "code": "0903",
        "name": "标准"
      },
      {
        "code": "0904",
        "name": "食品药品监管"
      },
      {
        "code": "0905",
        "name": "安全生产监管"
      },
      {
        "code": "0906",
        "name": "其他"
      }
    ]
  },
  {
    "code": "10",
    "name": "城乡建设、环境保护",
    "children": [
      {
        "code": "1001",
        "name": "城市规划"
      },
      {
        "code": "1002",
        "name": "城乡建设（含住房）"
      },
      {
        "code": "1003",
        "name": "环境监测、保护与治理"
      },
      {
        "code": "1004",
        "name": "节能与资源综合利用"
      },
      {
        "code": "1005",
        "name": "气象、水文、测绘、地震"
      },
      {
        "code": "1006",
        "name": "其他"
      }
    ]
  },
  {
    "code": "11",
    "name": "科技、教育",
    "children": [
      {
        "code": "1101",
        "name": "科技"
      },
      {
        "code": "1102",
        "name": "教育"
      },
      {
        "code": "1103",
        "name": "知识产权"
      },
      {
        "code": "1104",
        "name": "其他"
      }
    ]
  },
  {
    "code": "12",
    "name": "文化、广电、新闻出版",
    "children": [
      {
        "code": "1201",
        "name": "文化"
      },
      {
        "code": "1202",
        "name": "文物"
      },
      {
        "code": "1203",
        "name": "新闻出版"
      },
      {
        "code": "1204",
        "name": "广播、电影、电视"
      },
      {
        "code": "1205",
        "name": "其他"
      }
    ]
  },
  {
    "code": "13",
    "name": "卫生、体育",
    "children": [
      {
        "code": "1301",
        "name": "卫生"
      },
      {
        "code": "1302",
        "name": "医药管理"
      },
      {
        "code": "1303",
        "name": "体育"
      },
      {
        "code": "1304",
        "name": "其他"
      }
    ]
  },
  {
    "code": "14",
    "name": "人口与计划生育、妇女儿童工作",
    "children": [
      {
        "code": "1401",
        "name": "人口与计划生育"
      },
      {
        "code": "1402",
        "name": "妇女儿童"
      },
      {
        "code": "1403",
        "name": "其他"
      }
    ]
  },
  {
    "code": "15",
    "name": "劳动、人事、监察",
    "children": [
      {
        "code": "1501",
        "name": "劳动就业"
      },
      {
        "code": "1502",
        "name": "社会保障"
      },
      {
        "code": "1503",
        "name": "人事工作"
      },
      {
        "code": "1504",
        "name": "军转安置"
      },
      {
        "code": "1505",
        "name": "监察"
      },
      {
        "code": "1506",
        "name": "纠正行业不正之风"
      },
      {
        "code": "1507",
        "name": "其他"
      }
    ]
  },
  {
    "code": "16",
    "name": "公安、安全、司法",
    "children": [
      {
        "code": "1601",
        "name": "公安"
      },
      {
        "code": "1602",
        "name": "国家安全"
      },
      {
        "code": "1603",
        "name": "司法"
      },
      {
        "code": "1604",
        "name": "其他"
      }
    ]
  },
  {
    "code": "17",
    "name": "民政、扶贫、救灾",
    "children": [
      {
        "code": "1701",
        "name": "减灾救灾"
      },
      {
        "code": "1702",
        "name": "优抚安置"
      },
      {
        "code": "1703",
        "name": "社会福利"
      },
      {
        "code": "1704",
        "name": "行政区划与地名"
      },
      {
        "code": "1705",
        "name": "社团管理"
      },
      {
        "code": "1706",
        "name": "扶贫"
      },
      {
        "code": "1707",
        "name": "其他"
      }
    ]
  },
  {
    "code": "18",
    "name": "民族、宗教",
    "children": [
      {
        "code": "1801",
        "name": "民族事务"
      },
      {
        "code": "1802",
        "name": "宗教事务"
      }
    ]
  },
  {
    "code": "19",
    "name": "对外事务",
    "children": [
      {
        "code": "1901",
        "name": "外交、外事"
      },
      {
        "code": "1902",
        "name": "国际条约、国际组织"
      },
      {
        "code": "1903",
        "name": "其他"
      }
    ]
  },
  {
    "code": "20",
    "name": "港澳台侨工作",
    "children": [
      {
        "code": "2001",
        "name": "港澳工作"
      },
      {
        "code": "2002",
        "name": "对台工作"
      },
      {
        "code": "2003",
        "name": "侨务工作"
      }
    ]
  },
  {
    "code": "21",
    "name": "国防",
    "children": [
      {
        "code": "2101",
        "name": "国防建设"
      },
      {
        "code": "2102",
        "name": "国防动员"
      }
    ]
  },
  {
    "code": "22",
    "name": "其他",
    "children": []
  }
] as const
