/**
 * What every derived metric of derived-metrics.ts means, in both languages: a definition and,
 * where the eras differ, a comparability note. Read by the /metrics page, the metric dictionary
 * (metric-definitions.ts: metrics.parquet, the console) and the explorer's metric hints (loaded
 * after the first chart). The formulas themselves are not written here: they are generated from
 * the spec (describe-derived.ts).
 */
import { OUTCOME_PARTS } from './metrics';

export interface Bilingual {
	zh: string;
	en: string;
}

export interface DerivedText {
	definition: Bilingual;
	/** How far the metric is comparable across the eras (empty where it is the same figure). */
	note?: Bilingual;
}

const REASONS_ZH: Readonly<Record<string, string>> = {
	denied_state_secret: '属于国家秘密',
	denied_law_forbidden: '其他法律行政法规禁止公开',
	denied_three_safety: '危及“三安全一稳定”',
	denied_third_party: '保护第三方合法权益',
	denied_internal_affairs: '属于三类内部事务信息',
	denied_process_info: '属于四类过程性信息',
	denied_enforcement_file: '属于行政执法案卷',
	denied_admin_query: '属于行政查询事项',
	unable_not_held: '本机关不掌握相关政府信息',
	unable_needs_creation: '没有现成信息需要另行制作',
	unable_unclear: '补正后申请内容仍不明确'
};
const REASONS_EN: Readonly<Record<string, string>> = {
	denied_state_secret: 'the information is a state secret',
	denied_law_forbidden: 'other laws or administrative regulations forbid disclosure',
	denied_three_safety: 'disclosure would endanger security or stability',
	denied_third_party: "disclosure would harm a third party's lawful rights",
	denied_internal_affairs: 'internal-affairs information',
	denied_process_info: 'process (deliberative) information',
	denied_enforcement_file: 'part of an administrative enforcement case file',
	denied_admin_query: 'an administrative query matter',
	unable_not_held: 'the agency does not hold the information',
	unable_needs_creation: 'the information would have to be newly created',
	unable_unclear: 'the request was still unclear after correction'
};

const SINCE_2019_ONLY: Bilingual = {
	zh: '只有2019年起的格式印有此项；2019年前的统计表没有对应的行，取值为空（不是0）。',
	en: 'Only the post-2019 layouts print this figure; the pre-2019 统计表 has no such row, so the value is NULL there (not 0).'
};

const reasonRate = (m: string, kind: 'denied' | 'unable'): DerivedText => ({
	definition: {
		zh: `因“${REASONS_ZH[m]}”${kind === 'denied' ? '不予公开' : '无法提供'}的申请占办理申请数的比例。`,
		en: `Share of the requests handled that were ${kind === 'denied' ? 'refused' : 'not answered'} because ${REASONS_EN[m]}.`
	},
	note: {
		zh: '只有2019年起的格式按这些理由分列；2019年前的理由分类不同（见 answer_denied_*），不作比较。',
		en: 'Only the post-2019 layouts break the outcome down by these reasons; the pre-2019 reasons differ (answer_denied_*) and are not lined up.'
	}
});

export const DERIVED_TEXT: Readonly<Record<string, DerivedText>> = {
	h_requests: {
		definition: {
			zh: '本年收到的政府信息公开申请数。2019年起为新收申请（不含上年结转）。',
			en: 'Information-disclosure requests received in the year; since 2019 the new requests (carried-over ones excluded).'
		},
		note: {
			zh: '2019年前的“受理/收到申请数”在部分报告中含上年结转的申请。',
			en: 'Some pre-2019 reports count carried-over requests in their 受理/收到 figure.'
		}
	},
	h_handled: {
		definition: {
			zh: '本年办理（答复）的申请数：2019年起为办理结果总计，2019年前为申请答复总数。',
			en: 'Requests handled (answered) in the year: the total of outcomes since 2019; the answers given before 2019.'
		},
		note: {
			zh: '报告未印答复总数时为空：不再以收到申请数代替（收到与办结是不同的数）。',
			en: 'NULL where the report prints no answer total: requests received are no longer used in its place (received and handled are different counts).'
		}
	},
	h_granted: {
		definition: {
			zh: '予以公开（全部公开）的申请数。2019年前为同意公开答复数加属于已主动公开范围数。',
			en: 'Requests granted in full. Before 2019: answers agreeing to disclose plus answers pointing to information already public.'
		},
		note: {
			zh: '2019年前多数统计表不印“已主动公开”一行：此时值为同意公开答复数，标为不完整并注明缺少的项。',
			en: 'Most pre-2019 统计表 print no 已主动公开 row: the value is then the answers agreeing to disclose, flagged incomplete with the missing part named.'
		}
	},
	h_partial: {
		definition: { zh: '部分公开的申请数。', en: 'Requests granted in part.' }
	},
	h_denied: {
		definition: {
			zh: '不予公开的申请数。2019年起为八项理由之和（未印小计时，八项全部印出才相加）。',
			en: 'Requests refused. Since 2019 the sum of the eight reasons (where no subtotal is printed, only when all eight are printed).'
		},
		note: {
			zh: '两个时期的不予公开理由分类不同，总数可比，理由不可逐项比较。',
			en: 'The two eras list different refusal reasons: the totals compare, the reasons do not line up one by one.'
		}
	},
	h_unable: {
		definition: {
			zh: '无法提供的申请数。2019年前为信息不存在、不属于本机关公开、告知作出更改补充三项之和。',
			en: 'Requests whose information could not be provided. Before 2019 the sum of 信息不存在, 不属于本机关公开 and 告知作出更改补充.'
		},
		note: {
			zh: '2019年前某项未印时，值为已印各项之和，标为不完整并注明缺少的项。',
			en: 'Before 2019, where a part is not printed, the value is the sum of the printed parts, flagged incomplete with the missing parts named.'
		}
	},
	h_other: {
		definition: {
			zh: '其余的办理结果。2019年起为不予处理加其他处理；2019年前为告知通过其他途径办理。',
			en: 'The remaining outcomes. Since 2019: not processed plus other handling; before 2019: referred to another procedure.'
		},
		note: {
			zh: '两个时期含义不同（2019年前只有“告知其他途径”一项）：跨时期比较请用 h_not_processed、h_other_handling、h_other_channel。',
			en: 'The meaning differs between the eras (before 2019 only 告知通过其他途径办理): use h_not_processed, h_other_handling and h_other_channel to compare.'
		}
	},
	h_reviews: {
		definition: {
			zh: '因政府信息公开引起的行政复议数。',
			en: 'Administrative reviews (行政复议) about information disclosure.'
		}
	},
	h_lawsuits: {
		definition: {
			zh: '因政府信息公开引起的行政诉讼数。2019年起为未经复议直接起诉与复议后起诉之和。',
			en: 'Administrative lawsuits about information disclosure. Since 2019 the direct lawsuits plus those after review.'
		},
		note: {
			zh: '2019年起两项之一未印时，值为已印一项，标为不完整。',
			en: 'Since 2019, where one of the two is not printed, the value is the printed one, flagged incomplete.'
		}
	},
	h_proactive: {
		definition: {
			zh: '主动公开的政府信息条数（2019年前）。',
			en: 'Items of government information disclosed proactively (before 2019).'
		},
		note: {
			zh: '2019年起的表二统计文件和事项，不是信息条数：不可比，取值为空。',
			en: 'The post-2019 表二 counts documents and decisions, not items: not comparable, NULL.'
		}
	},
	h_not_processed: {
		definition: {
			zh: '不予处理的申请数（信访举报投诉、重复申请等五项）。',
			en: 'Requests not processed (petitions and complaints, repeated requests … five reasons).'
		},
		note: SINCE_2019_ONLY
	},
	h_other_handling: {
		definition: {
			zh: '以其他方式处理的申请数（2021年格式：逾期不补正、逾期未缴费、其他）。',
			en: 'Requests closed in another way (2021 layout: not corrected in time, fee not paid, other).'
		},
		note: SINCE_2019_ONLY
	},
	h_other_channel: {
		definition: {
			zh: '告知通过其他途径办理的申请数（2019年前）。',
			en: 'Requests answered by referring the applicant to another procedure (before 2019).'
		},
		note: {
			zh: '2019年起的格式没有此项，取值为空。',
			en: 'The post-2019 layouts have no such row: NULL there.'
		}
	},
	h_carried_over: {
		definition: {
			zh: '上年结转、本年继续办理的申请数。',
			en: 'Requests carried over from the previous year.'
		},
		note: SINCE_2019_ONLY
	},
	h_carried_forward: {
		definition: {
			zh: '结转下年度继续办理的申请数。',
			en: 'Requests still being handled at year end, carried forward to the next year.'
		},
		note: SINCE_2019_ONLY
	},
	h_review_corrected: {
		definition: {
			zh: '结果为纠正的行政复议数。',
			en: 'Administrative reviews whose result corrected the agency.'
		}
	},
	h_reviews_concluded: {
		definition: {
			zh: '已审结的行政复议数：结果维持、结果纠正与其他结果之和（不含尚未审结）。',
			en: 'Administrative reviews concluded: upheld + corrected + other result (pending ones excluded).'
		},
		note: {
			zh: '三项之一未印时为空：部分相加会夸大纠错率。',
			en: 'NULL unless all three are printed: a partial sum would inflate the correction rate.'
		}
	},
	h_lawsuits_corrected: {
		definition: {
			zh: '结果为纠正的行政诉讼数（2019年起含直接起诉与复议后起诉）。',
			en: 'Lawsuits whose result corrected the agency (since 2019, direct and after review).'
		}
	},
	h_lawsuits_concluded: {
		definition: {
			zh: '已审结的行政诉讼数：维持、纠正与其他结果之和（不含尚未审结）。',
			en: 'Lawsuits concluded: upheld + corrected + other result (pending ones excluded).'
		},
		note: {
			zh: '任一项未印时为空。',
			en: 'NULL unless every part is printed.'
		}
	},
	grant_rate: {
		definition: {
			zh: '予以公开（全部公开）的申请占办理申请数的比例。',
			en: 'Share of the requests handled that were granted in full.'
		}
	},
	openness_rate: {
		definition: {
			zh: '实质公开率：予以公开与部分公开之和占办理申请数的比例。',
			en: 'Substantially granted: granted in full or in part, as a share of the requests handled.'
		}
	},
	denial_rate: {
		definition: {
			zh: '不予公开的申请占办理申请数的比例。',
			en: 'Share of the requests handled that were refused.'
		}
	},
	...Object.fromEntries(
		OUTCOME_PARTS.outcome_denied.map((m) => [`${m}_rate`, reasonRate(m, 'denied')])
	),
	unable_rate: {
		definition: {
			zh: '无法提供的申请占办理申请数的比例。',
			en: 'Share of the requests handled whose information could not be provided.'
		}
	},
	...Object.fromEntries(
		OUTCOME_PARTS.outcome_unable.map((m) => [`${m}_rate`, reasonRate(m, 'unable')])
	),
	not_processed_rate: {
		definition: {
			zh: '不予处理的申请占办理申请数的比例。',
			en: 'Share of the requests handled that were not processed.'
		},
		note: SINCE_2019_ONLY
	},
	carried_forward_rate: {
		definition: {
			zh: '结转下年度的申请占（本年新收＋上年结转）的比例。',
			en: 'Requests carried forward to next year as a share of (new + carried over).'
		},
		note: SINCE_2019_ONLY
	},
	review_rate: {
		definition: {
			zh: '行政复议率：每100件新收申请引起的行政复议数（以百分比表示）。',
			en: 'Review rate: administrative reviews per 100 new requests (shown as a percentage).'
		},
		note: {
			zh: '复议可能针对上年的申请，比例是近似的负担指标。',
			en: 'A review may concern a request of an earlier year: a measure of burden, not a per-request probability.'
		}
	},
	litigation_rate: {
		definition: {
			zh: '行政诉讼率：每100件新收申请引起的行政诉讼数（以百分比表示）。',
			en: 'Litigation rate: lawsuits per 100 new requests (shown as a percentage).'
		}
	},
	dispute_rate: {
		definition: {
			zh: '争议率：行政复议与行政诉讼之和占新收申请数的比例。',
			en: 'Disputes (reviews + lawsuits) per new request.'
		}
	},
	correction_rate: {
		definition: {
			zh: '纠错率：行政复议与行政诉讼中结果为纠正的案件占已审结案件的比例。',
			en: 'Correction rate: reviews and lawsuits that corrected the agency, as a share of those concluded.'
		}
	},
	review_correction_rate: {
		definition: {
			zh: '行政复议纠错率：结果纠正的复议占已审结复议的比例。',
			en: 'Reviews that corrected the agency, as a share of the reviews concluded.'
		}
	},
	litigation_correction_rate: {
		definition: {
			zh: '行政诉讼纠错率：结果纠正的诉讼占已审结诉讼的比例。',
			en: 'Lawsuits that corrected the agency, as a share of the lawsuits concluded.'
		}
	}
};
