/*
 * Copyright Camunda Services GmbH and/or licensed to Camunda Services GmbH
 * under one or more contributor license agreements. See the NOTICE file
 * distributed with this work for additional information regarding copyright
 * ownership. Camunda licenses this file to you under the Apache License,
 * Version 2.0; you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */

// Tsunagu: copied from the 7.24 webjar's tasklist/scripts/config.js and edited. This file wins
// over the webjar's because our classes come first on the class path (WebappResourcesTest).
export default {
  // Header and browser title read "つなぐ タスクリスト" (vendor + name).
  app: {
    name: 'タスクリスト',
    vendor: 'つなぐ'
  },
  // Our users are Japanese municipal and welfare staff: Japanese first, and the fallback for
  // any browser language we do not ship; a browser that asks for English still gets English.
  locales: {
    availableLocales: ['ja', 'en'],
    fallbackLocale: 'ja'
  },
  // The first-login hint points to Camunda's English welcome page; our users start from the
  // app itself.
  disableWelcomeMessage: true,
  // Japanese for what Camunda writes in code, not in locales/*.json (app switcher, form-js).
  // ... and a link to the home page of つなぐ in the header; a refused form's Japanese reason
  // beside its button (refusals); due and follow-up dates as days, 12月10日(木) (due-dates).
  customScripts: ['../tsunagu/japanese', '../tsunagu/home-link', '../tsunagu/start-number',
    '../tsunagu/refusals', '../tsunagu/due-dates'],

  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: '選択中のタスクを担当する'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: '最初のフィルターに移る'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: 'タスク一覧の最初のタスクに移る'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: 'タスクのフォームの最初の入力欄に移る'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: '業務の開始画面を開く'
    }
  }
};
