// The policy playground: a form for one opportunity, decided again on every change through POST /decisions; a batch
// view; and the guide's sections with the rules that implement them. Plain browser JavaScript, no libraries, so the
// page works on a machine without internet.
'use strict';

// Plain-language labels for the JSON contract's values. A value missing here (added to the contract later) is still
// shown, spelt out from its name.
const LABELS = {
  kind: {
    COMMUNITY_MEETING: 'Community meeting',
    COMMUNITY_EVENT: 'Local community event',
    PUBLIC_EVENT: 'Public event',
    SCHOOL: 'School',
    YOUTH_GROUP: 'Youth group',
    PLACE_OF_WORSHIP: 'Place of worship',
    PARTNER_CONTACT: 'Contact with partners or practitioners',
    ELECTED_MEMBER_BRIEFING: 'Briefing for elected or executive members',
    POLICE_INITIATED: 'Police-initiated activity',
    PATROL: 'Daily patrol',
    ONLINE: 'Online engagement',
    PARTNERSHIP_GROUP: 'Partnership or Prevent working group',
  },
  purposes: {
    PREVENTION_AND_DETECTION_OF_CRIME: 'Prevention and detection of crime',
    REPEAT_OR_VULNERABLE_VICTIMS: 'Repeat and vulnerable victims',
    PRIORITY_CRIME: 'Priority crimes for the borough or force',
    CHRONIC_ISSUE: 'A chronic issue with a disproportionate effect on the community',
    CRIME_REDUCTION_PLAN: 'Communicating specific plans to reduce crime and the fear of crime',
  },
  requests: {
    STATISTICS_REPORT: 'Statistics or a performance report',
    TWO_WAY_DIALOGUE: 'Two-way dialogue',
    INFORMATION_SHARING: 'Sharing information',
    BRIEFING: 'A briefing',
  },
  risks: {
    IMMEDIATE_THREAT_TO_LIFE: 'Immediate threat to life',
    BREACH_OF_THE_PEACE: 'Breach of the peace',
    CRIME: 'Crime',
    TRAFFIC_REGULATION: 'Traffic regulation',
  },
  topics: {
    PREVENT: 'Prevent',
    HATE_CRIME: 'Hate crime',
    VIOLENCE_AGAINST_WOMEN: 'Violence against women and girls',
    HARASSMENT: 'Harassment',
    ANTISOCIAL_BEHAVIOUR: 'Antisocial behaviour',
    FRAUD: 'Fraud',
    CYBERCRIME: 'Cybercrime',
    ROAD_SAFETY: 'Road safety',
  },
  stakeholder: {
    MP: 'MP',
    COUNTY_COUNCILLOR: 'County councillor',
    LOCAL_COUNCILLOR: 'Local councillor',
    CHIEF_EXECUTIVE: 'Chief executive',
    FAMILY_SUPPORT_TEAM: 'Family support team',
    EARLY_HELP_TEAM: 'Early help team',
    SCHOOL: 'School',
    COLLEGE: 'College',
    UNIVERSITY: 'University',
    STUDENT_UNION: 'Student union',
    CAMPUS_SECURITY: 'Campus security',
    LOCAL_AUTHORITY: 'Local authority',
    NHS: 'NHS',
    FAITH_GROUP: 'Faith group',
    COMMUNITY_GROUP: 'Community group',
    HARD_TO_REACH_GROUP: 'Hard-to-reach group',
    YOUTH_GROUP: 'Youth group',
    EVENT_ORGANISER: 'Event organiser',
    COMMUNITY_INTERMEDIARY: 'Trusted community intermediary',
    PREVENT_COORDINATOR: 'Prevent coordinator',
    OTHER_FORCE: 'Another police force',
    RESIDENTS: 'Residents',
  },
  attendance: {
    ATTEND: 'Attend',
    DECLINE: 'Decline',
    REDIRECT: 'Redirect',
    DELEGATE: 'Delegate',
    REFER: 'Refer',
  },
  role: {
    PCSO: 'Police Community Support Officer (PCSO)',
    SNT_OFFICER: 'Safer Neighbourhood Team officer',
    NEIGHBOURHOOD_INSPECTOR: 'Neighbourhood Inspector',
    BOROUGH_INSPECTOR: 'Borough Inspector',
    DIVISIONAL_COMMANDER: 'Divisional Commander',
    DUTY_INSPECTOR: 'Duty Inspector',
    DESIGNATED_PARTNER_CONTACT: 'Designated partner contact',
    HIGHER_EDUCATION_LIAISON_OFFICER: 'Higher education liaison officer',
    PREVENT_LEAD: 'Prevent lead',
    COMMUNITY_ENGAGEMENT_VOLUNTEER: 'Community Engagement Volunteer',
    POLICE_CADETS: 'Volunteer Police Cadets',
    EVENTS_TEAM: 'Events team',
    COMMUNITY_INTERMEDIARY: 'Trusted community intermediary',
  },
  remit: {
    POINT_OF_CONTACT: 'Point of contact',
    PREVENT: 'Prevent',
    CAMPUS_CRIME: 'Other crime on campus',
    ELECTED_MEMBERS: 'Elected and executive members',
    STATISTICS_AND_PERFORMANCE_DATA: 'Statistics and performance data',
    INFORMATION_FEEDBACK: 'Feeding back information',
    PARTNER_RELATIONSHIPS: 'Relationships with partners',
    TRUSTED_INTERMEDIARY: 'Reaching the community through a trusted intermediary',
    HARD_TO_REACH_ASSESSMENT: 'Assessing engagement with hard-to-reach groups',
    COMMUNITY_INFORMATION: 'Information for community based groups',
  },
  priority: {
    IMMEDIATE: 'Immediately',
    ROUTINE: 'Routine',
  },
  action: {
    ACTIVATE_CONTINGENCY_PLAN: 'Activate the contingency plan',
    FOCUS_ON_CHRONIC_AND_REPEAT_ISSUES: 'Focus on chronic and repeat issues',
    USE_TWO_WAY_COMMUNICATION: 'Use two-way communication',
    DISSEMINATE_INFORMATION: 'Give out information',
    GATHER_INTELLIGENCE: 'Gather intelligence',
    PROVIDE_REASSURANCE: 'Provide reassurance',
    ORGANISERS_MANAGE_TRAFFIC: 'The organisers manage the traffic',
    ASSESS_HARD_TO_REACH_ENGAGEMENT: 'Assess the benefits of engaging with the hard-to-reach group',
    PATROL_ALLOCATED_WARD: 'Patrol the allocated ward',
    PLAN_PATROL_FROM_INTELLIGENCE: 'Plan the patrol from intelligence',
    UPDATE_COMMUNITY_PROFILE: 'Update the community profile',
    JOINT_PROBLEM_SOLVING: 'Solve problems jointly with partners',
    BRIEF_ON_COMMUNITY_ISSUES: 'Brief on community issues',
    SEPARATE_PREVENT_AND_CAMPUS_CRIME_CONTACTS: 'Keep the Prevent contact and the campus crime contact separate',
    CADETS_SUPPORT_EVENTS_TEAM: 'The cadets support the events team',
    PREVENT_AND_DETECT_CRIME: 'Prevent and detect crime',
    SHARE_LEARNING_ACROSS_FORCES: 'Share what was learnt with other forces',
    FEED_BACK_THROUGH_DESIGNATED_CONTACT: 'Feed back through the designated contact',
    AGREE_INFORMATION_SHARING_PROTOCOL: 'Agree an information-sharing protocol',
    CONSIDER_COMMUNITY_INTERMEDIARY: 'Consider working through a trusted community intermediary',
    USE_TRADITIONAL_MEDIA: 'Use traditional media too',
    ADDRESS_BARRIERS_TO_REPORTING: 'Address barriers to reporting',
    CADETS_SUPPORT_EVENTS_TEAM: 'Volunteer Police Cadets support the events team',
    PREVENT_AND_DETECT_CRIME: 'Prevent and detect crime',
    SHARE_LEARNING_ACROSS_FORCES: 'Share learning and practice with the other force',
  },
  channel: {
    POLICE_UK: 'police.uk',
    IN_THE_KNOW: 'In The Know',
    FACEBOOK: 'Safer Neighbourhood Team on Facebook',
    TWITTER: 'Safer Neighbourhood Team on Twitter',
    FACEBOOK_NEIGHBOURHOOD_PANEL: 'Facebook Neighbourhood Panel',
    LOCAL_RADIO: 'Local radio',
    LOCAL_NEWSPAPER: 'Local newspapers',
  },
};

// What each attendance means, in one sentence.
const ATTENDANCE_MEANING = {
  ATTEND: 'The police attend.',
  DECLINE: 'The police do not attend.',
  REDIRECT: 'The police do not attend: the request is sent to someone better placed to answer it.',
  DELEGATE: 'The police do not attend themselves: someone goes in their place.',
  REFER: 'The guide leaves this judgement to a named person: it is referred to them to weigh.',
};

// What the attendee is, for each attendance.
const ATTENDEE_TERM = {
  ATTEND: 'Who attends',
  REDIRECT: 'Redirected to',
  DELEGATE: 'Goes in the police’s place',
  REFER: 'Referred to',
};

const CHOICE_GROUPS = ['purposes', 'requests', 'risks', 'topics'];
const FLAGS = ['eventsTeamAvailable', 'intelligenceLed', 'newOrEmergingCommunity', 'identifyLocalIssues',
  'difficultToAttendInPerson'];
// The posts the guide leaves judgements to, offered as who judged a referral.
const JUDGES = ['NEIGHBOURHOOD_INSPECTOR', 'BOROUGH_INSPECTOR', 'DIVISIONAL_COMMANDER'];
const DECIDE_DELAY_MS = 150;

const state = {
  places: [], // [{name, wards: [name]}]
  sections: new Map(), // id -> {id, title, source, text, rules: [{name, section, reason}]}
  decideTimer: null,
  decideSequence: 0,
  batchResults: [],
};

/** The label of a contract value, or the value spelt out when it has none. */
function label(group, value) {
  const known = LABELS[group] && LABELS[group][value];
  if (known) {
    return known;
  }
  const words = String(value).toLowerCase().replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Creates an element with attributes and children (strings become text, never HTML). */
function el(tag, attributes, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes || {})) {
    if (value === false || value === null || value === undefined) {
      continue;
    }
    if (name === 'className') {
      element.className = value;
    } else {
      element.setAttribute(name, value === true ? '' : value);
    }
  }
  for (const child of children.flat()) {
    if (child !== null && child !== undefined && child !== false) {
      element.append(child instanceof Node ? child : String(child));
    }
  }
  return element;
}

/**
 * The headers of a call to the service: with the bearer token the person gave, when the service asks for one
 * (serve --auth-token-file). The token lives in this tab's session storage only.
 */
function headers(more) {
  const token = sessionStorage.getItem('engagement-token');
  return token ? {...more, Authorization: `Bearer ${token}`} : more;
}

/** Asks for the token when the service refused a call with 401; the page loads again with it. */
function askForToken() {
  const form = document.getElementById('token-form');
  form.hidden = false;
  document.getElementById('token-input').focus();
}

function setUpToken() {
  document.getElementById('token-form').addEventListener('submit', (event) => {
    event.preventDefault();
    sessionStorage.setItem('engagement-token', document.getElementById('token-input').value.trim());
    window.location.reload();
  });
}

async function getJson(path) {
  const response = await fetch(path, {headers: headers({Accept: 'application/json'})});
  if (response.status === 401) {
    askForToken();
  }
  if (!response.ok) {
    throw new Error(`${path} answered ${response.status}`);
  }
  return response.json();
}

/**
 * Sends one opportunity to POST /decisions; returns its decision, or its error object (the server answers 422 with
 * the same {index, opportunityId, error, code} the command line prints).
 */
async function decideOne(opportunity) {
  const response = await fetch('/decisions', {
    method: 'POST',
    headers: headers({'Content-Type': 'application/json', Accept: 'application/json'}),
    body: JSON.stringify(opportunity),
  });
  if (response.status === 401) {
    askForToken();
  }
  let answer;
  try {
    answer = await response.json();
  } catch (e) {
    throw new Error(`the server answered ${response.status} without JSON`);
  }
  if (!response.ok && !(answer && answer.error)) {
    throw new Error(`the server answered ${response.status}`);
  }
  return answer;
}

// ---------------------------------------------------------------------------------------------------------------
// Tabs

function setUpTabs() {
  const tabs = Array.from(document.querySelectorAll('[role="tab"]'));
  const select = (tab) => {
    for (const other of tabs) {
      const selected = other === tab;
      other.setAttribute('aria-selected', String(selected));
      other.tabIndex = selected ? 0 : -1;
      document.getElementById(other.getAttribute('aria-controls')).hidden = !selected;
    }
  };
  tabs.forEach((tab, i) => {
    tab.addEventListener('click', () => select(tab));
    tab.addEventListener('keydown', (event) => {
      const step = {ArrowRight: 1, ArrowLeft: -1}[event.key];
      if (step) {
        const next = tabs[(i + step + tabs.length) % tabs.length];
        select(next);
        next.focus();
        event.preventDefault();
      }
    });
  });
}

// ---------------------------------------------------------------------------------------------------------------
// The form

function fillSelect(select, values, group) {
  select.replaceChildren(...values.map((v) => el('option', {value: v}, group ? label(group, v) : v)));
}

function buildForm() {
  fillSelect(document.getElementById('opp-kind'), Object.keys(LABELS.kind), 'kind');
  for (const group of CHOICE_GROUPS) {
    const fieldset = document.getElementById(`opp-${group}`);
    for (const value of Object.keys(LABELS[group])) {
      const id = `opp-${group}-${value}`;
      fieldset.append(el('div', {className: 'choice'},
          el('input', {type: 'checkbox', id, name: group, value}),
          el('label', {for: id}, label(group, value))));
    }
  }
  const judgeSelect = document.getElementById('judgement-by');
  fillSelect(judgeSelect, JUDGES, 'role');
  judgeSelect.prepend(el('option', {value: ''}, 'Nobody: no judgement given'));
  judgeSelect.value = '';
  const boroughSelect = document.getElementById('opp-borough');
  fillSelect(boroughSelect, state.places.map((b) => b.name));
  boroughSelect.addEventListener('change', fillWards);
  fillWards();
  document.getElementById('add-stakeholder').addEventListener('click', () => {
    const row = addStakeholderRow('RESIDENTS', '');
    row.querySelector('select').focus();
    scheduleDecision();
  });
  const form = document.getElementById('opportunity-form');
  form.addEventListener('input', scheduleDecision);
  form.addEventListener('change', scheduleDecision);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    decideNow();
  });
}

function fillWards() {
  const borough = state.places.find((b) => b.name === document.getElementById('opp-borough').value);
  const select = document.getElementById('opp-ward');
  fillSelect(select, borough ? borough.wards : []);
  // No ward: a borough-wide or regional opportunity, decided at borough level.
  select.prepend(el('option', {value: ''}, 'Whole borough (no ward)'));
  select.value = borough && borough.wards.length ? borough.wards[0] : '';
}

let stakeholderCounter = 0;

function addStakeholderRow(type, name) {
  const row = document.getElementById('stakeholder-row').content.firstElementChild.cloneNode(true);
  const n = ++stakeholderCounter;
  for (const control of row.querySelectorAll('[data-name]')) {
    control.id = `stakeholder-${n}-${control.dataset.name}`;
  }
  for (const labelElement of row.querySelectorAll('label[data-for]')) {
    labelElement.htmlFor = `stakeholder-${n}-${labelElement.dataset.for}`;
  }
  const select = row.querySelector('select');
  fillSelect(select, Object.keys(LABELS.stakeholder), 'stakeholder');
  select.value = type;
  row.querySelector('input').value = name;
  const remove = row.querySelector('.remove-stakeholder');
  remove.setAttribute('aria-label', `Remove person involved ${n}`);
  remove.addEventListener('click', () => {
    const next = row.nextElementSibling || row.previousElementSibling;
    row.remove();
    (next ? next.querySelector('select') : document.getElementById('add-stakeholder')).focus();
    scheduleDecision();
  });
  document.getElementById('stakeholder-rows').append(row);
  return row;
}

/** The opportunity the form describes, as the JSON contract spells it. */
function opportunityFromForm() {
  const value = (id) => document.getElementById(id).value;
  const opportunity = {
    id: value('opp-id').trim() || 'playground-1',
    kind: value('opp-kind'),
    borough: value('opp-borough'),
  };
  if (value('opp-ward')) {
    opportunity.ward = value('opp-ward');
  }
  for (const group of CHOICE_GROUPS) {
    opportunity[group] = Array.from(document.querySelectorAll(`#opp-${group} input:checked`)).map((i) => i.value);
  }
  opportunity.stakeholders = Array.from(document.querySelectorAll('#stakeholder-rows .stakeholder-row')).map((row) => {
    const name = row.querySelector('input').value.trim();
    const stakeholder = {type: row.querySelector('select').value};
    if (name) {
      stakeholder.name = name;
    }
    return stakeholder;
  });
  for (const flag of FLAGS) {
    opportunity[flag] = document.getElementById(`opp-${flag}`).checked;
  }
  const judge = value('judgement-by');
  if (judge) {
    const judgement = {by: judge, engage: document.getElementById('judgement-engage-yes').checked};
    const note = value('judgement-note').trim();
    if (note) {
      judgement.note = note;
    }
    opportunity.judgements = [judgement];
  }
  return opportunity;
}

/** Fills in the referral's person as who judged, and takes the user to the judgement. */
function answerReferral(person) {
  const select = document.getElementById('judgement-by');
  if (!Array.from(select.options).some((o) => o.value === person)) {
    select.append(el('option', {value: person}, label('role', person)));
  }
  select.value = person;
  document.getElementById('judgement').focus();
  scheduleDecision();
}

function scheduleDecision() {
  clearTimeout(state.decideTimer);
  state.decideTimer = setTimeout(decideNow, DECIDE_DELAY_MS);
}

async function decideNow() {
  clearTimeout(state.decideTimer);
  const opportunity = opportunityFromForm();
  document.getElementById('opportunity-json').textContent = JSON.stringify(opportunity, null, 2);
  const sequence = ++state.decideSequence;
  const panel = document.getElementById('decision');
  panel.setAttribute('aria-busy', 'true');
  let content;
  try {
    const answer = await decideOne(opportunity);
    content = answer.error ? renderError(answer) : renderDecision(answer);
  } catch (e) {
    content = renderError({error: `Could not reach the decision service: ${e.message}`});
  }
  if (sequence !== state.decideSequence) {
    return; // a later change is already being decided
  }
  panel.replaceChildren(el('h2', {id: 'decision-heading'}, 'The decision'), ...content);
  panel.setAttribute('aria-busy', 'false');
  const verdict = content.attendance ? `Decision: ${label('attendance', content.attendance)}` : 'Not decided';
  document.getElementById('verdict-bar-text').textContent = verdict;
  // Screen readers hear the verdict, not the whole panel again, on every change.
  document.getElementById('decision-status').textContent = `${verdict}.`;
}

// ---------------------------------------------------------------------------------------------------------------
// Rendering a decision

function officer(contact) {
  const role = label('role', contact.role);
  return contact.name ? [el('strong', {}, contact.name), `, ${role}`] : [el('strong', {}, role)];
}

function renderError(answer) {
  const nodes = [el('div', {className: 'notice notice-error', role: 'alert'},
      el('p', {}, el('strong', {}, 'This opportunity cannot be decided.')),
      el('p', {className: 'error-text'}, answer.error),
      answer.code ? el('p', {className: 'hint'}, `Error code ${answer.code}`) : null)];
  return nodes;
}

function renderDecision(decision) {
  const facts = el('dl', {className: 'facts'});
  const fact = (term, ...description) => facts.append(el('dt', {}, term), el('dd', {}, ...description));
  if (decision.attendee) {
    fact(ATTENDEE_TERM[decision.attendance] || 'Who attends', label('role', decision.attendee));
  }
  fact('Point of contact', decision.pointOfContact ? officer(decision.pointOfContact)
      : el('span', {className: 'missing'}, 'None named: see the escalations below'));

  const nodes = [
    el('p', {className: `verdict verdict-${decision.attendance}`, id: 'verdict'},
        el('span', {className: 'verdict-word'}, label('attendance', decision.attendance)),
        el('span', {className: 'verdict-meaning'}, ATTENDANCE_MEANING[decision.attendance] || '')),
    facts,
  ];
  if (decision.contacts && decision.contacts.length) {
    nodes.push(el('h3', {}, 'Further contacts'), el('ul', {className: 'contacts'},
        decision.contacts.map((c) => el('li', {}, ...officer(c), el('span', {className: 'remit'},
            ` for ${(c.remits && c.remits.length ? c.remits : [c.remit])
                .map((r) => label('remit', r).toLowerCase()).join(', ')}`)))));
  }
  if (decision.escalations && decision.escalations.length) {
    nodes.push(el('h3', {}, 'Escalations'), el('ul', {className: 'escalations'},
        decision.escalations.map((e) => el('li', {className: `escalation priority-${e.priority}`},
            el('span', {className: `badge badge-${e.priority}`}, label('priority', e.priority)),
            ' ', el('strong', {}, `To the ${label('role', e.to)}`), `: ${e.reason}`))));
  }
  if (decision.actions && decision.actions.length) {
    nodes.push(el('h3', {}, 'Actions'), el('ul', {className: 'actions'},
        decision.actions.map((a) => el('li', {'data-value': a}, label('action', a)))));
  }
  if (decision.channels && decision.channels.length) {
    nodes.push(el('h3', {}, 'Where to point people'), el('ul', {className: 'channels'},
        decision.channels.map((c) => el('li', {'data-value': c}, label('channel', c)))));
  }
  if (decision.attendance === 'REFER' && decision.attendee) {
    const button = el('button', {type: 'button', className: 'secondary', id: 'answer-referral'},
        `Answer as the ${label('role', decision.attendee)}`);
    button.addEventListener('click', () => answerReferral(decision.attendee));
    nodes.push(el('p', {className: 'answer-referral'}, button));
  }
  nodes.push(el('h3', {}, 'Why: the rules that decided, and the guide they follow'), renderReasons(decision.reasons));
  if (decision.overridden && decision.overridden.length) {
    nodes.push(el('h3', {}, 'Also applied, but overridden'), el('ul', {className: 'overridden'},
        decision.overridden.map((o) => el('li', {className: 'overridden-finding', 'data-rule': o.rule},
            el('p', {className: 'reason-text'}, o.text),
            el('p', {className: 'rule-name'}, 'Rule: ', el('q', {}, o.rule), ` found ${o.finding}`),
            el('p', {className: 'overridden-by'}, 'Overridden by ', el('q', {}, o.overriddenBy), ` (${o.precedence})`)))));
  }
  if (decision.edition) {
    nodes.push(el('p', {className: 'hint', id: 'decided-by'}, `Decided by the rules of ${decision.edition}.`));
  }
  nodes.attendance = decision.attendance;
  return nodes;
}

function renderReasons(reasons) {
  const quoted = new Set();
  return el('ol', {className: 'reasons'}, (reasons || []).map((reason) => {
    const section = state.sections.get(reason.section);
    const firstTime = !quoted.has(reason.section);
    quoted.add(reason.section);
    return el('li', {className: reason.interpretation ? 'reason reason-interpretation' : 'reason',
      'data-section': reason.section},
        el('p', {className: 'reason-text'}, reason.text),
        el('p', {className: 'rule-name'}, 'Rule: ', el('q', {}, reason.rule)),
        reason.quote ? el('blockquote', {className: 'rule-quote'}, reason.quote) : null,
        reason.interpretation
            ? el('p', {className: 'interpretation'}, el('strong', {}, 'Local interpretation, not the guide: '),
                reason.interpretationNote || '',
                reason.awaitingApproval ? el('em', {className: 'awaiting-approval'}, ' (awaiting the policy owner’s approval)') : '')
            : null,
        section
            ? el('details', {className: 'section-quote', open: firstTime},
                el('summary', {}, `The guide: ${section.title}`, firstTime ? '' : ' (quoted above)'),
                el('blockquote', {className: 'section-text'}, sectionParagraphs(section.text)),
                el('p', {className: 'source'}, `Source: ${section.document || section.source}`))
            : el('p', {className: 'hint'}, `Guide section “${reason.section}”`));
  }));
}

/** The section's text as paragraphs and lists, as written in the guide (text only, never HTML). */
function sectionParagraphs(text) {
  return text.split(/\n\s*\n/).map((block) => {
    const lines = block.split('\n');
    if (lines.every((line) => /^\s*[-•]\s+/.test(line))) {
      return el('ul', {}, lines.map((line) => el('li', {}, line.replace(/^\s*[-•]\s+/, ''))));
    }
    return el('p', {}, block);
  });
}

// ---------------------------------------------------------------------------------------------------------------
// The rules view

/** GET /rules as a map from section id to the section, its text and the rules (name and reason) citing it. */
function sectionsWithRules(rulesAnswer) {
  const sections = new Map(rulesAnswer.sections.map((s) => [s.id, {...s, rules: []}]));
  for (const rule of rulesAnswer.rules) {
    const section = sections.get(rule.section);
    if (section) {
      section.rules.push(rule);
    }
  }
  return sections;
}

function renderRules(rulesAnswer) {
  const sections = Array.from(state.sections.values());
  const ruleCount = sections.reduce((n, s) => n + s.rules.length, 0);
  const gaps = sections.filter((s) => s.rules.length === 0 && !s.informational);
  document.getElementById('rules-summary').textContent =
      (rulesAnswer.edition ? `${rulesAnswer.edition.label}: ` : '')
      + `${sections.length} sections of the guide, carried out by ${ruleCount} rules`
      + ` (${sections.filter((s) => s.informational).length} of them background, implying no decision).`;
  document.getElementById('rules-gaps').replaceChildren(gaps.length
      ? el('div', {className: 'notice notice-warning', id: 'sections-without-rules'},
          el('p', {}, el('strong', {}, 'Sections no rule carries out:')),
          el('ul', {}, gaps.map((s) => el('li', {}, el('a', {href: `#section-${s.id}`}, s.title)))))
      : el('p', {className: 'notice notice-ok', id: 'sections-without-rules'},
          'Every section of the guide that implies a decision is carried out by at least one rule.'));
  document.getElementById('sections').replaceChildren(...sections.map((s) =>
    el('article', {className: 'guide-section', id: `section-${s.id}`, 'data-section': s.id},
        el('h3', {}, s.title),
        el('p', {className: 'source'}, `Section “${s.id}”, from ${s.document || s.source}`),
        el('details', {},
            el('summary', {}, 'What the guide says'),
            el('blockquote', {className: 'section-text'}, sectionParagraphs(s.text))),
        s.rules.length
            ? el('ul', {className: 'section-rules'}, s.rules.map((r) => el('li', {},
                el('q', {className: 'rule-name'}, r.name),
                el('span', {className: 'rule-reason'}, r.reason))))
            : s.informational
                ? el('p', {className: 'hint'}, 'Background: no decision follows from this section.')
                : el('p', {className: 'missing'}, 'No rule carries out this section.'))));
  document.getElementById('rule-base-version').textContent = rulesAnswer.version;
}

// ---------------------------------------------------------------------------------------------------------------
// The batch view

/**
 * Sends the pasted text as it is (JSON Lines or a JSON array) to POST /decisions as JSON Lines, so each record gets
 * the same decision or error as on the command line, and a bad line spoils only itself.
 */
/** Takes away the results of an earlier batch, so that they are never read as the new one's. */
function clearBatchResults() {
  state.batchResults = [];
  const table = document.getElementById('batch-results');
  table.tBodies[0].replaceChildren();
  table.hidden = true;
  document.getElementById('batch-download').hidden = true;
}

async function decideBatch() {
  const status = document.getElementById('batch-status');
  const text = document.getElementById('batch-input').value;
  if (text.trim() === '') {
    status.textContent = 'Nothing to decide: paste some opportunities or choose a file first.';
    return;
  }
  status.textContent = 'Deciding…';
  try {
    const response = await fetch('/decisions', {
      method: 'POST',
      headers: headers({'Content-Type': 'application/x-ndjson', Accept: 'application/x-ndjson'}),
      body: text,
    });
    const answer = await response.text();
    if (!response.ok) {
      let message = `the server answered ${response.status}`;
      try {
        message = JSON.parse(answer).error || message;
      } catch (e) {
        // not a JSON problem: keep the status
      }
      throw new Error(message);
    }
    state.batchResults = answer.split('\n').filter((line) => line.trim() !== '').map((line) => JSON.parse(line));
  } catch (e) {
    status.textContent = `The batch could not be decided: ${e.message}`;
    return;
  }
  renderBatch();
  const failed = state.batchResults.filter((r) => r.error !== undefined).length;
  status.textContent = `${state.batchResults.length - failed} decided, ${failed} with a problem.`;
}

function renderBatch() {
  const table = document.getElementById('batch-results');
  table.tBodies[0].replaceChildren(...state.batchResults.map((result, i) => {
    if (result.error !== undefined) {
      return el('tr', {className: 'row-error'},
          el('td', {}, String(i + 1)),
          el('td', {}, result.opportunityId || '—'),
          el('td', {colspan: '4'}, 'Not decided'),
          el('td', {className: 'error-text'}, result.error, result.code ? ` (${result.code})` : ''));
    }
    return el('tr', {},
        el('td', {}, String(i + 1)),
        el('td', {}, result.opportunityId),
        el('td', {}, el('span', {className: `verdict-chip verdict-${result.attendance}`},
            label('attendance', result.attendance))),
        el('td', {}, result.attendee ? label('role', result.attendee) : '—'),
        el('td', {}, result.pointOfContact ? officer(result.pointOfContact) : '—'),
        el('td', {}, (result.escalations || []).map((e) =>
          el('div', {}, el('span', {className: `badge badge-${e.priority}`}, label('priority', e.priority)),
              ` ${label('role', e.to)}`))),
        el('td', {}, '—'));
  }));
  table.hidden = false;
  const download = document.getElementById('batch-download');
  if (download.href) {
    URL.revokeObjectURL(download.href);
  }
  const lines = state.batchResults.map((r) => JSON.stringify(r)).join('\n') + '\n';
  download.href = URL.createObjectURL(new Blob([lines], {type: 'application/x-ndjson'}));
  download.hidden = false;
}

function exampleBatch() {
  const borough = state.places[0];
  const ward = borough ? borough.wards[0] : '';
  const base = {borough: borough ? borough.name : '', ward};
  return [
    {id: 'example-1', kind: 'COMMUNITY_MEETING', ...base, requests: ['STATISTICS_REPORT']},
    {id: 'example-2', kind: 'COMMUNITY_MEETING', ...base, purposes: ['CHRONIC_ISSUE'],
      requests: ['TWO_WAY_DIALOGUE']},
    {id: 'example-3', kind: 'PUBLIC_EVENT', ...base, risks: ['IMMEDIATE_THREAT_TO_LIFE']},
    {id: 'example-4', kind: 'SCHOOL', ...base, ward: 'No Such Ward', purposes: ['PRIORITY_CRIME']},
  ].map((o) => JSON.stringify(o)).join('\n');
}

function setUpBatch() {
  document.getElementById('batch-decide').addEventListener('click', decideBatch);
  document.getElementById('batch-example').addEventListener('click', () => {
    document.getElementById('batch-input').value = exampleBatch();
  });
  document.getElementById('batch-from-form').addEventListener('click', () => {
    const input = document.getElementById('batch-input');
    const line = JSON.stringify(opportunityFromForm());
    input.value = input.value.trim() ? `${input.value.trimEnd()}\n${line}` : line;
  });
  document.getElementById('batch-file').addEventListener('change', async (event) => {
    const file = event.target.files[0];
    if (file) {
      clearBatchResults();
      document.getElementById('batch-input').value = await file.text();
      document.getElementById('batch-status').textContent = `Read ${file.name}. Choose “Decide all” to decide it.`;
    }
  });
}

// ---------------------------------------------------------------------------------------------------------------

async function start() {
  setUpToken();
  setUpTabs();
  setUpBatch();
  try {
    const [places, rules] = await Promise.all([getJson('/places'), getJson('/rules')]);
    state.places = places.boroughs;
    state.sections = sectionsWithRules(rules);
    renderRules(rules);
  } catch (e) {
    const notice = document.getElementById('load-error');
    notice.textContent = `The playground could not load the roster or the rules: ${e.message}`;
    notice.hidden = false;
  }
  buildForm();
  decideNow();
}

document.addEventListener('DOMContentLoaded', start);
