/**
 * The demo's outreach template: approved (its core locked), with a local
 * version a regional lead added, so the Outreach screen shows both at once.
 */

import type { Database } from 'better-sqlite3';
import { lockTemplate, saveLocalVersion, saveTemplate } from '../outreach/templates';
import { DEMO_BRAND, DEMO_PILOT } from './catalogue';

export function addDemoTemplate(db: Database): void {
  const template = saveTemplate(db, {
    name: 'First contact',
    subject: `${DEMO_BRAND} x {{handle}}: a paid creator pilot`,
    whyYou:
      'Hi {{firstName}}, we have been following your {{platform}} posts: {{whyFit}}. That is the audience our Glow Serum is made for.',
    offer: '{{offer}} Your followers order at {{storeLink}} with your own code.',
    nextStep: 'If this sounds right, reply by {{deadline}} and we will send the brief. Best, {{senderName}}',
    variables: {
      offer: 'We would send you our Glow Routine Kit, pay a 150.00 USD stipend and 10% of the sales your code brings.',
      storeLink: DEMO_PILOT.landingUrl,
      language: 'English',
    },
    localVariables: ['language', 'storeLink'],
  });
  lockTemplate(db, template.id);
  saveLocalVersion(db, {
    templateId: template.id,
    name: 'Canada (English)',
    language: 'English (Canada)',
    variables: { storeLink: 'https://northwind-botanics.example/en-ca/pages/glow' },
  });
}
